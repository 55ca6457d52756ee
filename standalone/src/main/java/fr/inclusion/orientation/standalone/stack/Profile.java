package fr.inclusion.orientation.standalone.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Which stack: a developer's ({@code DEV}, state {@code .state}, ports from the environment) or a stack of its own on
 * shifted ports, with a fresh state directory, that never meets a developer's running stack: the end-to-end tests
 * ({@code TEST}), the benchmarks ({@code BENCH}: full JIT, room for 25,000 venues, no rate limit) and the chaos run
 * ({@code CHAOS}: same as a bench stack on ports of its own).
 */
public enum Profile {
    DEV(0),
    TEST(10_000),
    BENCH(20_000),
    CHAOS(15_000);

    private final int defaultOffset;

    Profile(int defaultOffset) {
        this.defaultOffset = defaultOffset;
    }

    /** The ports' offset: 0 for {@code DEV}, else ORIENTATION_&lt;PROFILE&gt;_PORT_OFFSET when set, else the default. */
    public int offset(Map<String, String> env) {
        if (this == DEV) {
            return 0;
        }
        String value = env.get("ORIENTATION_" + name() + "_PORT_OFFSET");
        return value == null || value.isBlank() ? defaultOffset : Integer.parseInt(value.trim());
    }

    /** {@code .state} for {@code DEV} (or ORIENTATION_STATE when set), else {@code .state-<profile>}. */
    public Path state(Path root, Map<String, String> env) {
        String state = env.get("ORIENTATION_STATE");
        if (this == DEV && state != null && !state.isBlank()) {
            return Path.of(state).toAbsolutePath();
        }
        return root.resolve(this == DEV ? ".state" : ".state-" + name().toLowerCase(Locale.ROOT));
    }

    public Ports ports(Map<String, String> env) {
        if (this == DEV) {
            return Ports.fromEnvironment(env);
        }
        int offset = offset(env);
        Ports ports = Ports.shifted(offset);
        if (this == CHAOS) {
            // the store is restarted during the run: keep its port below the kernel's ephemeral range (32768 and
            // up), where a client's connection could hold it; with offsets 5000 apart, one stack's SMTP port
            // (3025 + off) meets another's mail API port (8025 + off): both move by 100
            if (ports.get("STORE_PORT") >= 32768) {
                ports = ports.with("STORE_PORT", 17017 + offset);
            }
            ports = ports.with("MAIL_SMTP_PORT", ports.get("MAIL_SMTP_PORT") + 100)
                    .with("MAIL_API_PORT", ports.get("MAIL_API_PORT") + 100);
        }
        return ports;
    }

    /**
     * The environment that selects this stack for the launcher: its state directory, every port, and for the bench
     * and chaos stacks their JVM options (BENCH_SERVICE_JAVA_OPTS, BENCH_STORE_JAVA_OPTS), no rebuild (built by
     * the caller) and the gateway's rate limit out of the way (the benchmarks measure the paths).
     */
    public Map<String, String> environment(Path root, Map<String, String> env) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("ORIENTATION_STATE", state(root, env).toString());
        out.putAll(ports(env).asEnvironment());
        if (this == BENCH || this == CHAOS) {
            out.put("ORIENTATION_SKIP_BUILD", "1");
            out.put("GATEWAY_RATE_LIMIT_PER_SECOND", "100000");
            out.put("GATEWAY_RATE_LIMIT_BURST", "100000");
            out.put("SERVICE_JAVA_OPTS", env.getOrDefault("BENCH_SERVICE_JAVA_OPTS",
                    "-Xms256m -Xmx1g -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError"));
            out.put("STORE_JAVA_OPTS", env.getOrDefault("BENCH_STORE_JAVA_OPTS", "-Xms128m -Xmx1g -XX:+UseSerialGC"));
        }
        return out;
    }
}
