package fr.inclusion.orientation.standalone.stack;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which stack: a developer's ({@code DEV}, state {@code .state}, ports from the environment) or a stack of its own on
 * shifted ports, with a fresh state directory, that never meets a developer's running stack: the end-to-end tests
 * ({@code TEST}), the benchmarks ({@code BENCH}: full JIT, room for 25,000 venues, no rate limit) and the chaos run
 * ({@code CHAOS}: same as a bench stack on ports of its own).
 */
public enum Profile {
    DEV(".state", null, 0),
    TEST(".state-test", "ORIENTATION_TEST_PORT_OFFSET", 10_000),
    BENCH(".state-bench", "ORIENTATION_BENCH_PORT_OFFSET", 20_000),
    CHAOS(".state-chaos", "ORIENTATION_CHAOS_PORT_OFFSET", 15_000);

    private final String stateName;
    private final String offsetVariable;
    private final int defaultOffset;

    Profile(String stateName, String offsetVariable, int defaultOffset) {
        this.stateName = stateName;
        this.offsetVariable = offsetVariable;
        this.defaultOffset = defaultOffset;
    }

    public int offset(Map<String, String> env) {
        if (offsetVariable == null) {
            return 0;
        }
        String value = env.get(offsetVariable);
        return value == null || value.isBlank() ? defaultOffset : Integer.parseInt(value.trim());
    }

    public Path state(Path root, Map<String, String> env) {
        String state = env.get("ORIENTATION_STATE");
        if (this == DEV && state != null && !state.isBlank()) {
            return Path.of(state).toAbsolutePath();
        }
        return root.resolve(stateName);
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
