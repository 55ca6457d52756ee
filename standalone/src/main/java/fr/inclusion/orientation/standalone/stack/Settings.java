package fr.inclusion.orientation.standalone.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * What a stack is made of, read once: the project root, the state directory, the ports, the environment (JVM
 * options, timeouts, tools) and the versions of the pom ({@code orientation-versions.properties}, filtered by Maven).
 */
public record Settings(Path root, Path state, Ports ports, Map<String, String> env, Properties versions) {

    public static Settings of(Path root, Map<String, String> env) {
        return new Settings(root, Profile.DEV.state(root, env), Ports.fromEnvironment(env), env, loadVersions());
    }

    static Properties loadVersions() {
        Properties versions = new Properties();
        try (InputStream in = Settings.class.getResourceAsStream("/orientation-versions.properties")) {
            if (in == null) {
                throw new IllegalStateException("orientation-versions.properties missing from the classpath");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return versions;
    }

    public int port(String variable) {
        return ports.get(variable);
    }

    public String version(String key) {
        String value = versions.getProperty(key);
        if (value == null || value.startsWith("${")) {
            throw new IllegalStateException("version " + key + " missing from orientation-versions.properties");
        }
        return value;
    }

    public String java() {
        String home = env.get("JAVA_HOME");
        return home == null || home.isBlank() ? "java" : Path.of(home, "bin", "java").toString();
    }

    /** Whitespace-separated options of the variable, or the default. */
    public List<String> options(String variable, String fallback) {
        String value = env.getOrDefault(variable, fallback).trim();
        return value.isEmpty() ? List.of() : Arrays.asList(value.split("\\s+"));
    }

    public long seconds(String variable, long fallback) {
        String value = env.get(variable);
        return value == null || value.isBlank() ? fallback : Long.parseLong(value.trim());
    }

    public String issuer() {
        return "http://127.0.0.1:" + port("KEYCLOAK_PORT") + "/realms/orientation";
    }

    public Path log(String name) {
        return state.resolve("logs").resolve(name + ".log");
    }

    public Path pidFile(String name) {
        return state.resolve("pids").resolve(name + ".pid");
    }

    public Path lib() {
        return state.resolve("lib");
    }

    public Path jar(String module) {
        return root.resolve(module).resolve("target").resolve(module + "-" + version("project.version") + ".jar");
    }

    public Path keycloakHome() {
        return state.resolve("keycloak").resolve("keycloak-" + version("keycloak.version"));
    }

    public Path redisConf() {
        return state.resolve("redis").resolve("redis.conf");
    }

    public String redisServer() {
        return env.getOrDefault("REDIS_SERVER", "/usr/bin/redis-server");
    }

    /** A Java command line: java, options, the process marker (see {@link Stack#pidOf}), then the rest. */
    public List<String> javaCommand(String name, List<String> options, String... rest) {
        List<String> command = new ArrayList<>();
        command.add(java());
        command.addAll(options);
        command.add("-Dorientation.process=" + name);
        command.addAll(Arrays.asList(rest));
        return command;
    }
}
