package fr.inclusion.orientation.deployment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.env.StandardEnvironment;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.contracts.Topics;

/**
 * The deployment's consistency rules. Each check returns what is wrong, one readable sentence per drift (empty when
 * all agree): these sentences are what a failing build prints.
 */
final class DeploymentChecks {

    /** Variables of the container itself or of Spring's relaxed binding, which no ${...} of a service names. */
    private static final Pattern GENERIC_VARIABLE =
            Pattern.compile("JAVA_TOOL_OPTIONS|JAVA_OPTS|(SPRING|SERVER|MANAGEMENT|LOGGING)_[A-Z0-9_]+");
    private static final Pattern TOPIC = Pattern.compile("(?<![\\w.-])(?:venue|referral|reference)\\.[a-z0-9-]+"
            + "-events(?:\\.[a-z0-9-]+\\.dlq)?(?![\\w-])");
    private static final long MIB = 1024 * 1024;
    /** What a JVM needs beyond heap, metaspace and code cache: thread stacks, GC structures, direct buffers. */
    static final long JVM_OTHER_MIN_MIB = 128;

    private final Deployment d;

    DeploymentChecks(Deployment deployment) {
        this.d = deployment;
    }

    // ---- (a) variables a service reads ---------------------------------------------------------------------------

    /**
     * Every environment variable a service's configuration reads without a default, or with a default that only works
     * in standalone (a loopback address, a demo secret), is set in its compose environment; every variable compose
     * sets for it is read by it (a misspelt name would be ignored silently).
     */
    List<String> serviceVariables() {
        List<String> problems = new ArrayList<>();
        for (String service : d.moduleServices()) {
            Deployment.Module module = d.modules.get(d.moduleOf(service));
            if (module == null) {
                continue;
            }
            Map<String, String> env = d.rawEnvironment(service);
            Map<String, List<String>> reads = reads(module);
            reads.forEach((variable, defaults) -> {
                if (env.containsKey(variable)) {
                    return;
                }
                if (defaults.contains(null)) {
                    problems.add(service + " reads ${" + variable + "} without a default, but docker-compose.yml "
                            + "does not set it in the service's environment");
                } else {
                    defaults.stream().filter(DeploymentChecks::standaloneOnly).findFirst().ifPresent(fallback ->
                            problems.add(service + " reads ${" + variable + "}, whose default (" + fallback
                                    + ") only works in standalone, but docker-compose.yml does not set it in the "
                                    + "service's environment"));
                }
            });
            for (String variable : env.keySet()) {
                if (!reads.containsKey(variable) && !GENERIC_VARIABLE.matcher(variable).matches()) {
                    problems.add("docker-compose.yml sets " + variable + " for " + service + ", but "
                            + module.name() + " reads no such variable");
                }
            }
        }
        return problems;
    }

    /** A default meant for the standalone stack: loopback addresses and demo secrets. */
    static boolean standaloneOnly(String fallback) {
        return fallback.contains("127.0.0.1") || fallback.contains("localhost") || fallback.contains("-demo");
    }

    /** Variable → its defaults wherever it is read (null where it is read without one). */
    static Map<String, List<String>> reads(Deployment.Module module) {
        Map<String, List<String>> reads = new LinkedHashMap<>();
        module.yaml().values().forEach(text -> record(reads, withoutYamlComments(text)));
        module.java().values().forEach(text -> record(reads, text));
        return reads;
    }

    private static void record(Map<String, List<String>> reads, String text) {
        for (Placeholders.Read read : Placeholders.spring(text)) {
            if (Placeholders.VARIABLE.matcher(read.name()).matches()) {
                reads.computeIfAbsent(read.name(), k -> new ArrayList<>()).add(read.defaultValue());
            }
        }
    }

    private static String withoutYamlComments(String text) {
        StringBuilder out = new StringBuilder();
        for (String line : text.lines().toList()) {
            int hash = line.startsWith("#") ? 0 : line.indexOf(" #");
            out.append(hash < 0 ? line : line.substring(0, hash)).append('\n');
        }
        return out.toString();
    }

    // ---- (b) variables the compose file interpolates --------------------------------------------------------------

    /**
     * Every variable docker-compose.yml interpolates is in .env.example under a comment; without a default it is
     * required there; .env.example lists nothing the compose file does not read.
     */
    List<String> composeVariablesDocumented() {
        List<String> problems = new ArrayList<>();
        Map<String, Boolean> interpolated = new LinkedHashMap<>();
        d.composeStrings().values().forEach(value -> Placeholders.compose(value)
                .forEach(read -> interpolated.merge(read.name(), read.hasDefault(), Boolean::logicalAnd)));
        Map<String, Integer> lines = new LinkedHashMap<>();
        for (int i = 0; i < d.envExample.size(); i++) {
            Matcher m = Deployment.ENV_LINE.matcher(d.envExample.get(i));
            if (m.matches()) {
                lines.put(m.group(1), i);
            }
        }
        interpolated.forEach((variable, hasDefault) -> {
            Integer line = lines.get(variable);
            if (line == null) {
                problems.add("docker-compose.yml reads ${" + variable + "}" + (hasDefault ? "" : " (no default)")
                        + ", but .env.example does not list it");
            } else if (!commented(line)) {
                problems.add(".env.example lists " + variable + " without a comment saying what it is");
            }
        });
        lines.keySet().stream().filter(v -> !interpolated.containsKey(v)).forEach(v ->
                problems.add(".env.example lists " + v + ", but docker-compose.yml does not read it"));
        return problems;
    }

    /** A comment above the line, over the variables of its group. */
    private boolean commented(int line) {
        for (int i = line - 1; i >= 0; i--) {
            String text = d.envExample.get(i).trim();
            if (text.startsWith("#")) {
                return true;
            }
            if (text.isEmpty() || !Deployment.ENV_LINE.matcher(text).matches()) {
                return false;
            }
        }
        return false;
    }

    // ---- (c) ports -----------------------------------------------------------------------------------------------

    /**
     * The port each service listens on (server.port as its configuration resolves it in the container) is the port of
     * its healthcheck, of every address other containers and deploy/ files give it, and of its Prometheus job;
     * every service is scraped at the path where its configuration exposes metrics.
     */
    List<String> ports() {
        List<String> problems = new ArrayList<>();
        Map<String, String> ports = new LinkedHashMap<>();
        Map<String, String> managementPorts = new LinkedHashMap<>();
        for (String service : d.moduleServices()) {
            StandardEnvironment env = d.springEnvironment(service);
            String port = env.getProperty("server.port", "8080");
            ports.put(service, port);
            managementPorts.put(service, env.getProperty("management.server.port", port));
            String health = healthcheck(service);
            Matcher healthPort = Pattern.compile("/dev/tcp/[^/]+/(\\d+)|://[^/:\\s]+:(\\d+)").matcher(health);
            if (!healthPort.find()) {
                problems.add(service + ": its healthcheck names no port (" + health + ")");
            } else {
                String checked = healthPort.group(1) != null ? healthPort.group(1) : healthPort.group(2);
                if (!checked.equals(managementPorts.get(service))) {
                    problems.add(service + ": its healthcheck calls port " + checked + ", but it listens on "
                            + managementPorts.get(service));
                }
            }
        }
        Pattern address = Pattern.compile("(?<![\\w.-])(" + String.join("|", ports.keySet().stream()
                .map(Pattern::quote).toList()) + "):(\\d+)(?![\\w])");
        d.services().keySet().forEach(service -> d.environment(service).forEach((name, value) -> {
            Matcher m = address.matcher(value);
            while (m.find()) {
                if (!m.group(2).equals(ports.get(m.group(1)))) {
                    problems.add(service + " reaches " + m.group(1) + " on port " + m.group(2) + " (" + name
                            + "), but " + m.group(1) + " listens on " + ports.get(m.group(1)));
                }
            }
        }));
        d.deployFiles.forEach((file, text) -> {
            if (file.endsWith("prometheus.yml")) {
                return;
            }
            Matcher m = address.matcher(text);
            while (m.find()) {
                if (!m.group(2).equals(ports.get(m.group(1)))) {
                    problems.add(file + " reaches " + m.group(1) + " on port " + m.group(2) + ", but "
                            + m.group(1) + " listens on " + ports.get(m.group(1)));
                }
            }
        });
        problems.addAll(prometheusTargets(managementPorts));
        return problems;
    }

    @SuppressWarnings("unchecked")
    private List<String> prometheusTargets(Map<String, String> managementPorts) {
        List<String> problems = new ArrayList<>();
        String text = d.deployFiles.get("deploy/prometheus/prometheus.yml");
        if (text == null) {
            return List.of("deploy/prometheus/prometheus.yml is missing");
        }
        Set<String> scraped = new LinkedHashSet<>();
        for (Object job : (List<Object>) Deployment.yaml(text).getOrDefault("scrape_configs", List.of())) {
            Map<String, Object> j = (Map<String, Object>) job;
            String path = String.valueOf(j.getOrDefault("metrics_path", "/metrics"));
            for (Object sd : (List<Object>) j.getOrDefault("dns_sd_configs", List.of())) {
                Map<String, Object> s = (Map<String, Object>) sd;
                String port = String.valueOf(s.get("port"));
                for (Object n : (List<Object>) s.getOrDefault("names", List.of())) {
                    String name = String.valueOf(n);
                    if (!d.services().containsKey(name)) {
                        problems.add("Prometheus job " + j.get("job_name") + " scrapes " + name
                                + ", which is not a service of docker-compose.yml");
                        continue;
                    }
                    if (!managementPorts.containsKey(name)) {
                        continue;
                    }
                    scraped.add(name);
                    if (!port.equals(managementPorts.get(name))) {
                        problems.add("Prometheus scrapes " + name + " on port " + port + ", but it listens on "
                                + managementPorts.get(name));
                    }
                    String expected = metricsPath(name);
                    if (expected == null) {
                        problems.add("Prometheus scrapes " + name + " at " + path + ", but " + name
                                + " does not expose the prometheus endpoint (management.endpoints.web.exposure"
                                + ".include)");
                    } else if (!path.equals(expected)) {
                        problems.add("Prometheus scrapes " + name + " at " + path + ", but its metrics are at "
                                + expected);
                    }
                }
            }
        }
        managementPorts.keySet().stream().filter(s -> !scraped.contains(s)).forEach(s ->
                problems.add("Prometheus scrapes no instance of " + s + " (deploy/prometheus/prometheus.yml)"));
        return problems;
    }

    private String metricsPath(String service) {
        StandardEnvironment env = d.springEnvironment(service);
        String include = env.getProperty("management.endpoints.web.exposure.include", "health");
        if (!Set.of(include.split("\\s*,\\s*")).contains("prometheus") && !include.equals("*")) {
            return null;
        }
        return env.getProperty("management.endpoints.web.base-path", "/actuator") + "/prometheus";
    }

    private String healthcheck(String service) {
        Object healthcheck = d.service(service).get("healthcheck");
        if (!(healthcheck instanceof Map<?, ?> h) || h.get("test") == null) {
            return "";
        }
        Object test = h.get("test");
        return test instanceof List<?> list ? String.join(" ", list.stream().map(String::valueOf).toList())
                : String.valueOf(test);
    }

    // ---- (d) topics ----------------------------------------------------------------------------------------------

    /**
     * The services' bindings name event-contracts' topics (through service-support's TopicNames), dead-letter topics
     * are named as Topics.deadLetter names them, and any topic the compose file or a deploy/ file names is one of them.
     */
    List<String> topics() {
        List<String> problems = new ArrayList<>();
        Set<String> events = Set.of(Topics.VENUE_EVENTS, Topics.REFERRAL_EVENTS, Topics.REFERENCE_EVENTS);
        Set<String> known = new TreeSet<>(events);
        for (String service : d.moduleServices()) {
            StandardEnvironment env = d.springEnvironment(service);
            Map<String, Object> properties = d.springProperties(service);
            for (String key : properties.keySet()) {
                Matcher destination = Pattern.compile("spring\\.cloud\\.stream\\.bindings\\.([^.]+)\\.destination")
                        .matcher(key);
                if (destination.matches()) {
                    String topic = env.getProperty(key);
                    if (!events.contains(topic)) {
                        problems.add(service + ": binding " + destination.group(1) + " reads or writes topic "
                                + topic + ", which is none of event-contracts' Topics " + new TreeSet<>(events));
                    }
                }
                Matcher dlq = Pattern.compile("spring\\.cloud\\.stream\\.kafka\\.bindings\\.([^.]+)\\.consumer"
                        + "\\.dlq-name").matcher(key);
                if (dlq.matches()) {
                    String binding = dlq.group(1);
                    String topic = env.getProperty("spring.cloud.stream.bindings." + binding + ".destination");
                    String group = env.getProperty("spring.cloud.stream.bindings." + binding + ".group");
                    String expected = Topics.deadLetter(topic, group);
                    String actual = env.getProperty(key);
                    known.add(expected);
                    if (!expected.equals(actual)) {
                        problems.add(service + ": binding " + binding + " sends dead letters to " + actual
                                + ", not to " + expected + " (Topics.deadLetter)");
                    }
                }
            }
        }
        Map<String, String> mentions = new LinkedHashMap<>();
        d.composeStrings().forEach((path, value) -> mentions.put("docker-compose.yml (" + path + ")", value));
        d.deployFiles.forEach(mentions::put);
        mentions.forEach((where, text) -> {
            Matcher m = TOPIC.matcher(text);
            while (m.find()) {
                if (!known.contains(m.group())) {
                    problems.add(where + " names topic " + m.group() + ", which no service uses " + known);
                }
            }
        });
        return problems;
    }

    // ---- (e) issuer, keys, realm ---------------------------------------------------------------------------------

    /**
     * Keycloak imports exactly the production realm; every service expects tokens from the public Keycloak address
     * (KC_HOSTNAME + /realms/ + the realm's name) and fetches keys and tokens from the internal keycloak host; the
     * realm's ${...} placeholders are all set in Keycloak's environment.
     */
    List<String> identity() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> keycloak = d.service("keycloak");
        if (keycloak == null) {
            return List.of("docker-compose.yml has no keycloak service");
        }
        List<String> imports = new ArrayList<>();
        for (Object volume : (List<?>) keycloak.getOrDefault("volumes", List.of())) {
            String[] parts = String.valueOf(volume).split(":");
            if (parts.length >= 2 && parts[1].startsWith("/opt/keycloak/data/import")) {
                imports.add(parts[0]);
            }
        }
        String realmName = null;
        if (imports.size() != 1) {
            problems.add("keycloak must import exactly one realm file, the production one; it mounts " + imports);
        } else {
            String path = imports.get(0);
            String text = d.file(path);
            if (text == null) {
                problems.add("keycloak imports " + path + ", which does not exist");
            } else {
                JsonNode realm = JsonMapper.builder().build().readTree(text);
                realmName = realm.path("realm").asString();
                List<String> demo = new ArrayList<>();
                realm.path("users").forEach(user -> {
                    if (!user.path("credentials").isEmpty()) {
                        demo.add("account " + user.path("username").asString() + " with a password");
                    }
                });
                realm.path("clients").forEach(client -> {
                    if (client.path("directAccessGrantsEnabled").asBoolean(false)) {
                        demo.add("client " + client.path("clientId").asString() + " with the password grant");
                    }
                });
                if (!path.endsWith("-production.json") || !demo.isEmpty()) {
                    problems.add("keycloak imports " + path + ", which is not the production realm"
                            + (demo.isEmpty() ? "" : " (" + String.join(", ", demo.subList(0, Math.min(3,
                                    demo.size()))) + (demo.size() > 3 ? ", …" : "") + ")"));
                }
                Map<String, String> kcEnv = d.rawEnvironment("keycloak");
                for (Placeholders.Read read : Placeholders.spring(text)) {
                    if (Placeholders.VARIABLE.matcher(read.name()).matches() && !kcEnv.containsKey(read.name())) {
                        problems.add("the realm file reads ${" + read.name() + "}, but docker-compose.yml does not "
                                + "set it for keycloak");
                    }
                }
            }
        }
        if (realmName == null) {
            return problems;
        }
        Map<String, String> kcEnv = d.environment("keycloak");
        String publicUrl = kcEnv.get("KC_HOSTNAME");
        String issuer = publicUrl + "/realms/" + realmName;
        String internal = "http://keycloak:" + kcEnv.getOrDefault("KC_HTTP_PORT", "8080");
        String internalRealm = internal + "/realms/" + realmName + "/protocol/openid-connect";
        for (String service : d.moduleServices()) {
            StandardEnvironment env = d.springEnvironment(service);
            expect(problems, service, "spring.security.oauth2.resourceserver.jwt.issuer-uri", "issuer", env, issuer);
            expect(problems, service, "spring.security.oauth2.resourceserver.jwt.jwk-set-uri", "JWK set URL", env,
                    internalRealm + "/certs");
            expect(problems, service, "orientation.oidc.issuer-uri", "issuer", env, issuer);
            expect(problems, service, "orientation.oidc.jwk-set-uri", "JWK set URL", env, internalRealm + "/certs");
            expect(problems, service, "orientation.oidc.token-uri", "token URL", env, internalRealm + "/token");
            expect(problems, service, "notification.directory.url", "directory (Keycloak admin API) URL", env,
                    internal);
            expect(problems, service, "notification.directory.realm", "directory realm", env, realmName);
        }
        // the client secrets the realm is imported with are the ones its clients present
        Map<String, String> kcRaw = d.rawEnvironment("keycloak");
        sameSecret(problems, "gateway", "OIDC_CLIENT_SECRET", kcRaw, "GATEWAY_CLIENT_SECRET");
        sameSecret(problems, "notification-service", "NOTIFICATION_DIRECTORY_CLIENT_SECRET", kcRaw,
                "NOTIFICATION_SERVICE_CLIENT_SECRET");
        return problems;
    }

    private void sameSecret(List<String> problems, String service, String variable, Map<String, String> keycloak,
            String realmVariable) {
        String presented = d.rawEnvironment(service).get(variable);
        String imported = keycloak.get(realmVariable);
        if (presented == null || !presented.equals(imported)) {
            problems.add(service + " presents " + variable + "=" + presented + ", but keycloak imports the realm with "
                    + realmVariable + "=" + imported);
        }
    }

    private void expect(List<String> problems, String service, String property, String what,
            StandardEnvironment env, String expected) {
        if (d.springProperties(service).containsKey(property)) {
            String actual = env.getProperty(property);
            if (!expected.equals(actual)) {
                problems.add(service + ": " + what + " is " + actual + " (" + property + "), expected " + expected);
            }
        }
    }

    // ---- (f) health paths ----------------------------------------------------------------------------------------

    /** The path each healthcheck calls exists: actuator health (probes enabled for readiness/liveness), Keycloak's. */
    List<String> healthPaths() {
        List<String> problems = new ArrayList<>();
        Pattern path = Pattern.compile("GET (\\S+) HTTP|://[^/\\s]+(/\\S*)");
        for (String service : d.services().keySet()) {
            String health = healthcheck(service);
            if (health.isEmpty() && !completesOnce(service)) {
                problems.add(service + " has no healthcheck");
                continue;
            }
            Matcher m = path.matcher(health);
            if (!m.find()) {
                continue;
            }
            String called = (m.group(1) != null ? m.group(1) : m.group(2)).replaceAll("['\"].*", "");
            if (d.moduleOf(service) != null) {
                StandardEnvironment env = d.springEnvironment(service);
                String base = env.getProperty("management.endpoints.web.base-path", "/actuator") + "/health";
                boolean probes = "true".equals(env.getProperty("management.endpoint.health.probes.enabled"));
                Set<String> existing = new TreeSet<>(Set.of(base));
                if (probes) {
                    existing.addAll(Set.of(base + "/readiness", base + "/liveness"));
                }
                if (!existing.contains(called)) {
                    problems.add(service + ": its healthcheck calls " + called + ", which it does not serve "
                            + "(health paths: " + existing + ")");
                }
            } else if (service.equals("keycloak") && called.startsWith("/health")
                    && !String.valueOf(d.service(service).get("command")).contains("--health-enabled=true")) {
                problems.add("keycloak: its healthcheck calls " + called + ", but --health-enabled=true is not set");
            }
        }
        return problems;
    }

    private boolean completesOnce(String service) {
        return !d.service(service).containsKey("restart") && d.services().values().stream()
                .anyMatch(s -> s.get("depends_on") instanceof Map<?, ?> deps && deps.get(service) instanceof Map<?, ?> c
                        && "service_completed_successfully".equals(c.get("condition")));
    }

    // ---- (g) images ----------------------------------------------------------------------------------------------

    /** orientation/<module>:<version of the root pom>, built by the Dockerfile from a Boot module of the reactor. */
    List<String> images() {
        List<String> problems = new ArrayList<>();
        if (!d.dockerfile.contains("ARG MODULE")) {
            problems.add("the Dockerfile takes no build argument MODULE");
        }
        for (String service : d.moduleServices()) {
            String module = d.moduleOf(service);
            String expected = "orientation/" + module + ":" + d.version;
            Object image = d.service(service).get("image");
            if (!expected.equals(image)) {
                problems.add(service + ": image is " + image + ", expected " + expected);
            }
            Deployment.Module m = d.modules.get(module);
            if (m == null) {
                problems.add(service + " is built with MODULE=" + module + ", which is not a module of the reactor");
            } else if (!m.bootJar()) {
                problems.add(service + " is built with MODULE=" + module + ", which makes no Spring Boot jar");
            }
        }
        List<String> layers = List.of("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
        int at = -1;
        for (String layer : layers) {
            int next = d.dockerfile.indexOf("/extracted/" + layer + "/");
            if (next < at) {
                problems.add("the Dockerfile copies the layers out of order: expected " + layers);
                break;
            }
            at = next;
        }
        if (!d.dockerfile.contains("-Djarmode=tools -jar app.jar extract --layers --launcher")) {
            problems.add("the Dockerfile does not extract the Boot jar's layers (-Djarmode=tools extract --layers"
                    + " --launcher)");
        }
        Matcher user = Pattern.compile("(?m)^USER\\s+(\\S+)").matcher(d.dockerfile);
        String last = null;
        while (user.find()) {
            last = user.group(1);
        }
        if (last == null || last.startsWith("root") || last.startsWith("0")) {
            problems.add("the Dockerfile's image runs as root");
        }
        return problems;
    }

    // ---- (h) replicas, limits, JVM settings ------------------------------------------------------------------------

    /**
     * Replicated services publish no fixed host port; every container has memory and CPU limits; every JVM's settings
     * leave room below its memory limit (heap, metaspace and code cache, then at least 128 MiB for the rest).
     */
    List<String> limits() {
        List<String> problems = new ArrayList<>();
        for (String service : d.services().keySet()) {
            Map<String, Object> s = d.service(service);
            Map<?, ?> deploy = s.get("deploy") instanceof Map<?, ?> m ? m : Map.of();
            Object replicas = deploy.get("replicas");
            if (d.moduleOf(service) != null && (replicas == null || Integer.parseInt(replicas.toString()) < 2)) {
                problems.add(service + " runs " + (replicas == null ? 1 : replicas) + " instance(s): deploy.replicas"
                        + " must be 2 or more");
            }
            if (replicas != null && Integer.parseInt(replicas.toString()) > 1 && s.get("ports") instanceof List<?> p) {
                for (Object port : p) {
                    String published = String.valueOf(port);
                    if (published.contains(":")) {
                        problems.add(service + " has " + replicas + " replicas but publishes host port " + published
                                + ": the second replica could not bind it");
                    }
                }
            }
            Map<?, ?> limits = deploy.get("resources") instanceof Map<?, ?> r && r.get("limits") instanceof Map<?, ?> l
                    ? l : Map.of();
            Long memory = limits.get("memory") == null ? null : bytes(String.valueOf(limits.get("memory")));
            if (memory == null) {
                problems.add(service + " has no memory limit (deploy.resources.limits.memory)");
            }
            if (limits.get("cpus") == null) {
                problems.add(service + " has no CPU limit (deploy.resources.limits.cpus)");
            }
            Map<String, String> env = d.environment(service);
            String options = env.get("JAVA_TOOL_OPTIONS");
            if (options == null && d.moduleOf(service) != null) {
                problems.add(service + " runs a JVM without JAVA_TOOL_OPTIONS matching its memory limit");
            }
            if (options != null && memory != null) {
                problems.addAll(jvm(service, options, memory));
            }
            String heap = env.get("KAFKA_HEAP_OPTS");
            if (heap != null && memory != null) {
                Matcher xmx = Pattern.compile("-Xmx(\\d+[kKmMgG]?)").matcher(heap);
                long other = 256;
                if (!xmx.find()) {
                    problems.add(service + ": KAFKA_HEAP_OPTS sets no -Xmx");
                } else if (memory - bytes(xmx.group(1)) < other * MIB) {
                    problems.add(service + ": -Xmx" + xmx.group(1) + " leaves " + (memory - bytes(xmx.group(1))) / MIB
                            + " MiB of its " + memory / MIB + " MiB limit; the broker needs at least " + other
                            + " MiB beside its heap");
                }
            }
        }
        return problems;
    }

    private static List<String> jvm(String service, String options, long memory) {
        Matcher percentage = Pattern.compile("-XX:MaxRAMPercentage=(\\d+(?:\\.\\d+)?)").matcher(options);
        if (options.contains("-Xmx") || !percentage.find()) {
            return List.of(service + ": JAVA_TOOL_OPTIONS must size the heap with -XX:MaxRAMPercentage (not -Xmx), "
                    + "so that it follows the memory limit");
        }
        if (!options.contains("-XX:MaxMetaspaceSize=")) {
            return List.of(service + ": JAVA_TOOL_OPTIONS sets no -XX:MaxMetaspaceSize: metaspace would grow "
                    + "unbounded toward the memory limit");
        }
        long heap = (long) (memory * Double.parseDouble(percentage.group(1)) / 100);
        long metaspace = size(options, "-XX:MaxMetaspaceSize=", 0);
        long codeCache = size(options, "-XX:ReservedCodeCacheSize=", 240 * MIB);
        long other = memory - heap - metaspace - codeCache;
        if (other < JVM_OTHER_MIN_MIB * MIB) {
            return List.of(service + ": JAVA_TOOL_OPTIONS leaves " + other / MIB + " MiB of its " + memory / MIB
                    + " MiB limit for thread stacks, GC and direct buffers (heap " + percentage.group(1) + " % = "
                    + heap / MIB + " MiB, metaspace " + metaspace / MIB + " MiB, code cache " + codeCache / MIB
                    + " MiB); at least " + JVM_OTHER_MIN_MIB + " MiB are needed");
        }
        return List.of();
    }

    private static long size(String options, String flag, long absent) {
        Matcher m = Pattern.compile(Pattern.quote(flag) + "(\\d+[kKmMgG]?)").matcher(options);
        return m.find() ? bytes(m.group(1)) : absent;
    }

    /** Compose and JVM sizes: 1280M, 1.5g, 512m, 768k, bytes. */
    static long bytes(String size) {
        Matcher m = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*([kKmMgG]?)[bB]?").matcher(size.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("not a size: " + size);
        }
        double n = Double.parseDouble(m.group(1));
        return (long) switch (m.group(2).toLowerCase()) {
            case "k" -> n * 1024;
            case "m" -> n * MIB;
            case "g" -> n * 1024 * MIB;
            default -> n;
        };
    }

    // ---- public names ----------------------------------------------------------------------------------------------

    /**
     * The proxy serves, with a certificate each, the public names the services and Keycloak announce (the gateway's
     * public URL, the e-mail links' base URL, Keycloak's hostname), and they agree among themselves.
     */
    List<String> publicNames() {
        List<String> problems = new ArrayList<>();
        String template = d.deployFiles.get("deploy/proxy/templates/default.conf.template");
        if (template == null || d.service("proxy") == null) {
            return List.of("no TLS proxy: docker-compose.yml needs the proxy service and "
                    + "deploy/proxy/templates/default.conf.template");
        }
        String conf = Placeholders.interpolate(template, d.environment("proxy"));
        Set<String> served = new TreeSet<>();
        Matcher server = Pattern.compile("(?s)server\\s*\\{(.*?)\\n\\}").matcher(conf);
        while (server.find()) {
            String block = server.group(1);
            Matcher names = Pattern.compile("server_name\\s+([^;]+);").matcher(block);
            if (block.contains("listen 443 ssl") && names.find() && block.contains("ssl_certificate ")) {
                served.addAll(List.of(names.group(1).trim().split("\\s+")));
            }
        }
        Map<String, String> announced = new LinkedHashMap<>();
        announced.put("keycloak KC_HOSTNAME", d.environment("keycloak").get("KC_HOSTNAME"));
        announced.put("keycloak GATEWAY_PUBLIC_URL", d.environment("keycloak").get("GATEWAY_PUBLIC_URL"));
        for (String service : d.moduleServices()) {
            Map<String, String> env = d.environment(service);
            for (String variable : List.of("GATEWAY_PUBLIC_URL", "NOTIFICATION_WEB_BASE_URL")) {
                if (env.containsKey(variable)) {
                    announced.put(service + " " + variable, env.get(variable));
                }
            }
        }
        String gatewayUrl = announced.get("keycloak GATEWAY_PUBLIC_URL");
        announced.forEach((where, url) -> {
            if (url == null) {
                return;
            }
            Matcher https = Pattern.compile("https://([^/:]+)/?").matcher(url);
            if (!https.matches()) {
                problems.add(where + " is " + url + ": a public address must be https://<name>");
            } else if (!served.contains(https.group(1))) {
                problems.add(where + " is " + url + ", but the proxy serves no certificate for " + https.group(1)
                        + " (it serves " + served + ")");
            }
            if (!where.endsWith("KC_HOSTNAME") && gatewayUrl != null && !gatewayUrl.equals(url)) {
                problems.add(where + " is " + url + ", but Keycloak's realm knows the application as " + gatewayUrl);
            }
        });
        return problems;
    }

    // ---- store and broker --------------------------------------------------------------------------------------

    /**
     * Each service's MONGODB_URI names its own database with the user of that name, whose password variable is the
     * one deploy/mongo/init-replica-set.js creates it with (and mongo-init is given), on the replica set the script
     * initiates, through its members; KAFKA_BROKERS are the brokers' advertised addresses, and the replication
     * the services create topics with fits the cluster (factor at most the brokers, min ISR below the factor).
     */
    List<String> storeAndBroker() {
        List<String> problems = new ArrayList<>();
        String script = d.deployFiles.getOrDefault("deploy/mongo/init-replica-set.js", "");
        Map<String, String> users = new LinkedHashMap<>();
        Matcher user = Pattern.compile("'([a-z-]+)': '([A-Z0-9_]+)'").matcher(script);
        while (user.find()) {
            users.put(user.group(1), user.group(2));
        }
        Matcher set = Pattern.compile("REPLICA_SET = '([^']+)'").matcher(script);
        String replicaSet = set.find() ? set.group(1) : null;
        Set<String> members = new TreeSet<>();
        Matcher member = Pattern.compile("host: '([^']+)'").matcher(script);
        while (member.find()) {
            members.add(member.group(1));
        }
        Map<String, String> initEnv = d.service("mongo-init") == null ? Map.of() : d.rawEnvironment("mongo-init");
        Pattern uri = Pattern.compile("mongodb://([^:@/]+):\\$\\{([A-Z0-9_]+)[^}]*}@([^/]+)/([^?]+)\\?(.*)");
        for (String service : d.moduleServices()) {
            String raw = d.rawEnvironment(service).get("MONGODB_URI");
            if (raw == null) {
                continue;
            }
            Matcher m = uri.matcher(raw);
            if (!m.matches()) {
                problems.add(service + ": MONGODB_URI " + raw + " is not mongodb://<user>:${<PASSWORD>}@<members>/"
                        + "<database>?<options>");
                continue;
            }
            String name = m.group(1);
            String variable = m.group(2);
            String database = m.group(4);
            if (!name.equals(database)) {
                problems.add(service + ": MONGODB_URI signs in as " + name + " to database " + database
                        + ": each service's user is named after its database");
            }
            if (!users.containsKey(database)) {
                problems.add(service + ": MONGODB_URI names database " + database + ", for which "
                        + "deploy/mongo/init-replica-set.js creates no user (it creates " + users.keySet() + ")");
            } else if (!users.get(database).equals(variable)) {
                problems.add(service + ": MONGODB_URI takes the password of " + database + " from " + variable
                        + ", but deploy/mongo/init-replica-set.js creates that user with " + users.get(database));
            }
            if (!initEnv.containsKey(variable)) {
                problems.add(service + ": mongo-init is not given " + variable + ", the password in MONGODB_URI");
            }
            Set<String> hosts = new TreeSet<>(List.of(m.group(3).split(",")));
            if (!hosts.equals(members)) {
                problems.add(service + ": MONGODB_URI lists " + hosts + ", but the replica set's members are "
                        + members);
            }
            if (replicaSet != null && !m.group(5).contains("replicaSet=" + replicaSet)) {
                problems.add(service + ": MONGODB_URI does not name the replica set " + replicaSet);
            }
        }
        Map<String, String> advertised = new TreeMap<>();
        d.services().keySet().forEach(service -> {
            String listeners = d.environment(service).get("KAFKA_ADVERTISED_LISTENERS");
            if (listeners != null) {
                advertised.put(listeners.replaceAll("^[A-Z_]+://", ""), service);
            }
        });
        for (String service : d.moduleServices()) {
            StandardEnvironment env = d.springEnvironment(service);
            String brokers = env.getProperty("spring.cloud.stream.kafka.binder.brokers");
            if (brokers == null || !d.springProperties(service).containsKey("spring.cloud.stream.kafka.binder.brokers")) {
                continue;
            }
            Set<String> listed = new TreeSet<>(List.of(brokers.split("\\s*,\\s*")));
            if (!listed.equals(advertised.keySet())) {
                problems.add(service + " connects to Kafka at " + listed + ", but the brokers advertise "
                        + advertised.keySet());
            }
            int factor = Integer.parseInt(env.getProperty("orientation.messaging.topics.replication-factor", "1"));
            int minIsr = Integer.parseInt(env.getProperty("orientation.messaging.topics.min-insync-replicas", "1"));
            if (factor > advertised.size()) {
                problems.add(service + " creates topics with replication factor " + factor + " on "
                        + advertised.size() + " broker(s)");
            } else if (advertised.size() >= 3 && (factor < 3 || minIsr < 2 || minIsr >= factor)) {
                problems.add(service + " creates topics with replication factor " + factor + " and min ISR " + minIsr
                        + " on " + advertised.size() + " brokers: expected at least 3 and 2, min ISR below the "
                        + "factor");
            }
        }
        return problems;
    }

    // ---- start order ---------------------------------------------------------------------------------------------

    /** Every dependency waits on a condition the dependency can meet (a healthcheck, or a one-shot's success). */
    List<String> startOrder() {
        List<String> problems = new ArrayList<>();
        d.services().forEach((service, s) -> {
            if (s.get("depends_on") instanceof List<?>) {
                problems.add(service + ": depends_on lists services without a condition (service_healthy)");
            } else if (s.get("depends_on") instanceof Map<?, ?> deps) {
                deps.forEach((dependency, c) -> {
                    Object condition = c instanceof Map<?, ?> m ? m.get("condition") : null;
                    Map<String, Object> target = d.service(String.valueOf(dependency));
                    if (target == null) {
                        problems.add(service + " depends on " + dependency + ", which is not a service");
                    } else if ("service_healthy".equals(condition)) {
                        if (!(target.get("healthcheck") instanceof Map<?, ?>)) {
                            problems.add(service + " waits for " + dependency + " to be healthy, but " + dependency
                                    + " has no healthcheck");
                        }
                    } else if (!"service_completed_successfully".equals(condition)) {
                        problems.add(service + " depends on " + dependency + " with condition " + condition
                                + ": use service_healthy");
                    }
                });
            }
        });
        return problems;
    }
}
