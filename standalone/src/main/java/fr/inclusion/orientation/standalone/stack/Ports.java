package fr.inclusion.orientation.standalone.stack;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every port of the stack, in one place: the defaults (API.md), each overridable by its environment variable, or
 * all shifted by a profile's offset (the test, bench and chaos stacks). Only 127.0.0.1 is ever bound.
 */
public final class Ports {

    /** Port variables and their defaults; KEYCLOAK_MANAGEMENT_PORT follows KEYCLOAK_PORT + 1 unless set. */
    static final Map<String, Integer> DEFAULTS = defaults();

    private final Map<String, Integer> byVariable;

    private Ports(Map<String, Integer> byVariable) {
        this.byVariable = Collections.unmodifiableMap(byVariable);
    }

    private static Map<String, Integer> defaults() {
        Map<String, Integer> ports = new LinkedHashMap<>();
        ports.put("GATEWAY_PORT", 8080);
        ports.put("KEYCLOAK_PORT", 8180);
        ports.put("KEYCLOAK_MANAGEMENT_PORT", 8181);
        ports.put("VENUE_PORT", 8081);
        ports.put("REFERRAL_PORT", 8082);
        ports.put("NOTIFICATION_PORT", 8083);
        ports.put("WEB_PORT", 8084);
        ports.put("KAFKA_PORT", 9092);
        ports.put("KAFKA_CONTROLLER_PORT", 9093);
        ports.put("STORE_PORT", 27017);
        ports.put("MAIL_SMTP_PORT", 3025);
        ports.put("MAIL_API_PORT", 8025);
        ports.put("REDIS_PORT", 6379);
        return Collections.unmodifiableMap(ports);
    }

    /** The ports a developer's stack uses: each variable set in the environment, else its default. */
    public static Ports fromEnvironment(Map<String, String> env) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        DEFAULTS.forEach((variable, port) -> ports.put(variable, parse(env, variable, port)));
        if (!env.containsKey("KEYCLOAK_MANAGEMENT_PORT")) {
            ports.put("KEYCLOAK_MANAGEMENT_PORT", ports.get("KEYCLOAK_PORT") + 1);
        }
        return new Ports(ports);
    }

    /** Every default shifted by the offset, whatever the environment says (a stack of its own). */
    public static Ports shifted(int offset) {
        Map<String, Integer> ports = new LinkedHashMap<>();
        DEFAULTS.forEach((variable, port) -> ports.put(variable, port + offset));
        return new Ports(ports);
    }

    /** A copy with one port changed. */
    public Ports with(String variable, int port) {
        Map<String, Integer> ports = new LinkedHashMap<>(byVariable);
        ports.put(variable, port);
        return new Ports(ports);
    }

    public int get(String variable) {
        Integer port = byVariable.get(variable);
        if (port == null) {
            throw new IllegalArgumentException("unknown port variable " + variable);
        }
        return port;
    }

    /** VARIABLE → port, in a stable order, for an environment. */
    public Map<String, String> asEnvironment() {
        Map<String, String> env = new LinkedHashMap<>();
        byVariable.forEach((variable, port) -> env.put(variable, String.valueOf(port)));
        return env;
    }

    private static int parse(Map<String, String> env, String variable, int fallback) {
        String value = env.get(variable);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(variable + " is not a port: " + value, e);
        }
    }
}
