package fr.inclusion.orientation.standalone.stack;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One process of the stack, as data: its name, its tier (a tier starts once the tiers before it are healthy; stop
 * goes in reverse), how it runs (what it is built from, its command line and environment), where it listens and
 * when it is healthy. {@link #TABLE} is the whole stack.
 */
public record StackProcess(
        String name,
        int tier,
        Kind kind,
        String portVariable,
        String timeoutVariable,
        long defaultTimeoutSeconds,
        Function<Settings, List<String>> command,
        Function<Settings, Map<String, String>> environment,
        Function<Settings, Health> health) {

    /** How a process is built and prepared. */
    public enum Kind {
        /** a main class of this module (standalone), on its runtime classpath */
        STANDALONE,
        /** Debian's redis-server with a generated configuration */
        REDIS,
        /** the Keycloak distribution Maven copied, unpacked in the state directory */
        KEYCLOAK,
        /** a Spring Boot service: its module's jar */
        SERVICE
    }

    public static final int INFRA = 0;
    public static final int SERVICES = 1;
    public static final int EDGE = 2;

    private static final long INFRA_TIMEOUT = 60;
    private static final long SERVICE_TIMEOUT = 150;

    /** The stack, in start order. */
    public static final List<StackProcess> TABLE = List.of(
            standalone("store", "STORE_PORT", "STORE_JAVA_OPTS", "-Xms32m -Xmx256m -XX:+UseSerialGC",
                    s -> List.of("fr.inclusion.orientation.standalone.MongoStore", port(s, "STORE_PORT"),
                            s.state().resolve("data/store").toString()),
                    s -> Health.portAndLogLine(s.port("STORE_PORT"), s.log("store"), "ready: mongodb://")),
            standalone("kafka", "KAFKA_PORT", "KAFKA_JAVA_OPTS", "-Xms128m -Xmx512m",
                    s -> List.of("kafka.Kafka", s.state().resolve("kafka/server.properties").toString()),
                    s -> Health.portAndLogLine(s.port("KAFKA_PORT"), s.log("kafka"), "Kafka Server started")),
            new StackProcess("redis", INFRA, Kind.REDIS, "REDIS_PORT", "ORIENTATION_TIMEOUT_INFRA", INFRA_TIMEOUT,
                    s -> List.of(s.redisServer(), s.redisConf().toString()), s -> Map.of(),
                    s -> Health.redisPing(s.port("REDIS_PORT"))),
            standalone("mail", "MAIL_SMTP_PORT", "MAIL_JAVA_OPTS",
                    "-Xms16m -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1",
                    s -> List.of("fr.inclusion.orientation.standalone.MailServer", port(s, "MAIL_SMTP_PORT"),
                            port(s, "MAIL_API_PORT")),
                    s -> Health.all(() -> Health.portOpen(s.port("MAIL_SMTP_PORT")),
                            Health.httpUp(s.port("MAIL_API_PORT"), "/health"))),
            // the first start includes Keycloak's build step and the realm import
            new StackProcess("keycloak", INFRA, Kind.KEYCLOAK, "KEYCLOAK_PORT", "ORIENTATION_TIMEOUT_KEYCLOAK", 180,
                    StackProcess::keycloakCommand,
                    s -> Map.of("KC_BOOTSTRAP_ADMIN_USERNAME", "admin", "KC_BOOTSTRAP_ADMIN_PASSWORD", "admin",
                            "JAVA_OPTS_APPEND", ("-Dorientation.process=keycloak "
                                    + s.env().getOrDefault("KEYCLOAK_JAVA_OPTS_APPEND", "")).trim()),
                    // ready = "Keycloak Initialized" too: the HTTP port opens before the bootstrap (schema, import)
                    s -> Health.httpUp(s.port("KEYCLOAK_MANAGEMENT_PORT"), "/health/ready")),
            service("venue-service", SERVICES, "VENUE_PORT"),
            service("referral-service", SERVICES, "REFERRAL_PORT"),
            service("notification-service", SERVICES, "NOTIFICATION_PORT"),
            service("web", SERVICES, "WEB_PORT"),
            service("gateway", EDGE, "GATEWAY_PORT"));

    public int port(Settings settings) {
        return settings.port(portVariable);
    }

    public long timeoutSeconds(Settings settings) {
        return settings.seconds(timeoutVariable, defaultTimeoutSeconds);
    }

    public static StackProcess named(String name) {
        return TABLE.stream().filter(p -> p.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown name '" + name + "' (one of: "
                        + String.join(" ", names()) + ")"));
    }

    public static List<String> names() {
        return TABLE.stream().map(StackProcess::name).toList();
    }

    private static StackProcess standalone(String name, String portVariable, String optionsVariable,
            String defaultOptions, Function<Settings, List<String>> mainAndArguments,
            Function<Settings, Health> health) {
        return new StackProcess(name, INFRA, Kind.STANDALONE, portVariable, "ORIENTATION_TIMEOUT_INFRA", INFRA_TIMEOUT,
                s -> {
                    // a private copy of the classes (see Stack#copyStandaloneClasspath): a rebuild leaves it alone
                    List<String> command = new java.util.ArrayList<>(s.javaCommand(name,
                            s.options(optionsVariable, defaultOptions), "-cp", Stack.standaloneClasspath(s, name)));
                    command.addAll(mainAndArguments.apply(s));
                    return command;
                }, s -> Map.of(), health);
    }

    private static StackProcess service(String name, int tier, String portVariable) {
        return new StackProcess(name, tier, Kind.SERVICE, portVariable, "ORIENTATION_TIMEOUT_SERVICE", SERVICE_TIMEOUT,
                s -> s.javaCommand(name, s.options("SERVICE_JAVA_OPTS",
                        "-Xms64m -Xmx384m -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xss512k -XX:+ExitOnOutOfMemoryError"),
                        "-jar", s.lib().resolve(name + ".jar").toString()),
                s -> serviceEnvironment(s, name, portVariable),
                s -> Health.httpUp(s.port(portVariable), "/actuator/health/readiness"));
    }

    static Map<String, String> serviceEnvironment(Settings s, String name, String portVariable) {
        Map<String, String> env = new LinkedHashMap<>();
        // SERVER_ADDRESS / BIND_ADDRESS: loopback only, whatever a service's own default
        env.put("PORT", port(s, portVariable));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("BIND_ADDRESS", "127.0.0.1");
        env.put("MONGODB_URI", "mongodb://127.0.0.1:" + s.port("STORE_PORT") + "/" + name);
        env.put("KAFKA_BROKERS", "127.0.0.1:" + s.port("KAFKA_PORT"));
        env.put("OIDC_ISSUER_URI", s.issuer());
        env.put("OIDC_JWK_SET_URI", s.issuer() + "/protocol/openid-connect/certs");
        env.put("VENUE_SERVICE_URL", url(s, "VENUE_PORT"));
        env.put("REFERRAL_SERVICE_URL", url(s, "REFERRAL_PORT"));
        env.put("NOTIFICATION_SERVICE_URL", url(s, "NOTIFICATION_PORT"));
        env.put("WEB_URL", url(s, "WEB_PORT"));
        env.put("GATEWAY_URL", url(s, "GATEWAY_PORT"));
        if (name.equals("gateway")) {
            // OIDC client (BFF): sessions and rate-limit buckets in Redis; the public URL builds the redirect URIs.
            // GATEWAY_RATE_LIMIT_PER_SECOND / GATEWAY_RATE_LIMIT_BURST pass through when set (the bench stack does).
            env.put("OIDC_CLIENT_ID", "gateway");
            env.put("OIDC_CLIENT_SECRET", "gateway-secret-demo");
            env.put("REDIS_HOST", "127.0.0.1");
            env.put("REDIS_PORT", port(s, "REDIS_PORT"));
            env.put("GATEWAY_PUBLIC_URL", url(s, "GATEWAY_PORT"));
        }
        if (name.equals("notification-service")) {
            // e-mail to the local mail server; people looked up in Keycloak with the demo secret of the realm file
            env.put("MAIL_HOST", "127.0.0.1");
            env.put("MAIL_PORT", port(s, "MAIL_SMTP_PORT"));
            env.put("NOTIFICATION_WEB_BASE_URL", url(s, "GATEWAY_PORT"));
            env.put("NOTIFICATION_DIRECTORY_URL", url(s, "KEYCLOAK_PORT"));
            env.put("NOTIFICATION_DIRECTORY_CLIENT_SECRET", "notification-service-secret-demo");
        }
        return env;
    }

    private static List<String> keycloakCommand(Settings s) {
        return List.of(s.keycloakHome().resolve("bin/kc.sh").toString(), "start", "--optimized",
                "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + s.port("KEYCLOAK_PORT"),
                "--http-management-port=" + s.port("KEYCLOAK_MANAGEMENT_PORT"), "--hostname-strict=false",
                "--cache=local", "--import-realm", "--log-console-color=false");
    }

    private static String port(Settings s, String variable) {
        return String.valueOf(s.port(variable));
    }

    private static String url(Settings s, String variable) {
        return "http://127.0.0.1:" + s.port(variable);
    }
}
