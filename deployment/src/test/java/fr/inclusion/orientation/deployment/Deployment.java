package fr.inclusion.orientation.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.core.io.ByteArrayResource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import fr.inclusion.orientation.support.messaging.TopicNames;

/**
 * What the deployment checks read, loaded from the repository: docker-compose.yml (anchors and merges resolved),
 * .env.example, the Dockerfile, the files under deploy/, the reactor's modules with their configuration. Every part
 * is a private copy: a test changes one to plant a drift ({@link #copy()}).
 */
final class Deployment {

    /** A reactor module's configuration: application*.yml, what they import, and the module's Java sources. */
    record Module(String name, Map<String, String> yaml, Map<String, String> java, boolean bootJar) {
    }

    final Path root;
    Map<String, Object> compose;
    List<String> envExample;
    String dockerfile;
    /** Path relative to the root (deploy/...) → text. */
    Map<String, String> deployFiles;
    Map<String, Module> modules;
    String version;
    /** Files a check opens by the path compose names (the realm): path relative to the root → text; null: absent. */
    Map<String, String> files = new TreeMap<>();

    private Deployment(Path root) {
        this.root = root;
    }

    static Deployment load(Path root) {
        Deployment d = new Deployment(root);
        d.compose = yaml(read(root.resolve("docker-compose.yml")));
        d.envExample = new ArrayList<>(read(root.resolve(".env.example")).lines().toList());
        d.dockerfile = read(root.resolve("Dockerfile"));
        d.deployFiles = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("deploy"))) {
            files.filter(Files::isRegularFile).sorted().forEach(f -> d.deployFiles.put(
                    root.relativize(f).toString().replace('\\', '/'), read(f)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String pom = read(root.resolve("pom.xml"));
        d.version = first(Pattern.compile("</parent>.*?<version>([^<]+)</version>", Pattern.DOTALL), pom);
        d.modules = new LinkedHashMap<>();
        Matcher module = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        while (module.find()) {
            d.modules.put(module.group(1), module(root, module.group(1)));
        }
        return d;
    }

    /** A deep copy, to change. */
    Deployment copy() {
        Deployment d = new Deployment(root);
        d.compose = deepCopy(compose);
        d.envExample = new ArrayList<>(envExample);
        d.dockerfile = dockerfile;
        d.deployFiles = new TreeMap<>(deployFiles);
        d.modules = new LinkedHashMap<>();
        modules.forEach((name, m) -> d.modules.put(name, new Module(name, new LinkedHashMap<>(m.yaml()),
                new LinkedHashMap<>(m.java()), m.bootJar())));
        d.version = version;
        d.files = new TreeMap<>(files);
        return d;
    }

    // ---- compose ------------------------------------------------------------------------------------------------

    @SuppressWarnings("unchecked")
    Map<String, Map<String, Object>> services() {
        return (Map<String, Map<String, Object>>) (Map<?, ?>) compose.get("services");
    }

    Map<String, Object> service(String name) {
        return services().get(name);
    }

    /** The module a compose service is built from (its build argument MODULE), or null. */
    String moduleOf(String service) {
        Object build = service(service).get("build");
        if (build instanceof Map<?, ?> b && b.get("args") instanceof Map<?, ?> args && args.get("MODULE") != null) {
            return String.valueOf(args.get("MODULE"));
        }
        return null;
    }

    /** Compose services built from a module of the reactor, in file order. */
    List<String> moduleServices() {
        return services().keySet().stream().filter(s -> moduleOf(s) != null).toList();
    }

    /** A service's environment as written (both of Compose's forms: map and KEY=value list). */
    Map<String, String> rawEnvironment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object environment = service(service).get("environment");
        if (environment instanceof Map<?, ?> map) {
            map.forEach((k, v) -> env.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String s = String.valueOf(entry);
                int eq = s.indexOf('=');
                env.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return env;
    }

    /** A service's environment as the container gets it with a .env copied from .env.example (empty: {@code <VAR>}). */
    Map<String, String> environment(String service) {
        Map<String, String> example = envExampleValues();
        Map<String, String> env = new LinkedHashMap<>();
        rawEnvironment(service).forEach((k, v) -> env.put(k, Placeholders.interpolate(v, example)));
        return env;
    }

    /** Any value of the compose file as Compose passes it on, with .env.example's values. */
    String interpolate(String value) {
        return Placeholders.interpolate(value, envExampleValues());
    }

    /** Every string value (and list item) of the compose file, with its path, e.g. services.web.environment.PORT. */
    Map<String, String> composeStrings() {
        Map<String, String> strings = new LinkedHashMap<>();
        walk("", compose, strings);
        return strings;
    }

    // ---- .env.example -------------------------------------------------------------------------------------------

    Map<String, String> envExampleValues() {
        Map<String, String> values = new LinkedHashMap<>();
        for (String line : envExample) {
            Matcher m = ENV_LINE.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), m.group(2));
            }
        }
        return values;
    }

    static final Pattern ENV_LINE = Pattern.compile("([A-Z][A-Z0-9_]*)=(.*)");

    // ---- a service's configuration as Spring resolves it ----------------------------------------------------------

    /**
     * The Spring environment of a compose service: its container environment first (with Spring's relaxed names,
     * SERVER_PORT for server.port), then its module's application*.yml and what they import, then the topic names
     * of service-support's TopicNames, as at the service's start.
     */
    StandardEnvironment springEnvironment(String service) {
        Module module = modules.get(moduleOf(service));
        StandardEnvironment environment = new StandardEnvironment();
        MutablePropertySources sources = environment.getPropertySources();
        sources.remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
        sources.remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
        sources.addLast(new SystemEnvironmentPropertySource("compose",
                new LinkedHashMap<String, Object>(environment(service))));
        if (module != null) {
            module.yaml().forEach((path, text) -> {
                try {
                    for (PropertySource<?> document : new YamlPropertySourceLoader().load(path,
                            new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), path))) {
                        sources.addLast(document);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
        new TopicNames().postProcessEnvironment(environment, null);
        environment.setIgnoreUnresolvableNestedPlaceholders(true);
        return environment;
    }

    /** Every property of a service's own configuration (its YAML files), flattened as Spring flattens them. */
    Map<String, Object> springProperties(String service) {
        Map<String, Object> properties = new LinkedHashMap<>();
        springEnvironment(service).getPropertySources().forEach(source -> {
            if (source instanceof MapPropertySource map && !source.getName().equals("compose")) {
                map.getSource().forEach(properties::putIfAbsent);
            }
        });
        return properties;
    }

    // ---- loading ------------------------------------------------------------------------------------------------

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A file of the repository (as named by the compose file), or null when absent. */
    String file(String relative) {
        String path = relative.startsWith("./") ? relative.substring(2) : relative;
        if (!files.containsKey(path)) {
            Path file = root.resolve(path);
            files.put(path, Files.isRegularFile(file) ? read(file) : null);
        }
        return files.get(path);
    }

    static Map<String, Object> yaml(String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(1000);
        Object loaded = new Yaml(new SafeConstructor(options)).load(text);
        return deepCopy(loaded instanceof Map<?, ?> ? loaded : Map.of());
    }

    private static Module module(Path root, String name) {
        Path dir = root.resolve(name);
        Map<String, String> yaml = new LinkedHashMap<>();
        Map<String, String> java = new TreeMap<>();
        Path resources = dir.resolve("src/main/resources");
        if (Files.isDirectory(resources)) {
            try (Stream<Path> files = Files.list(resources)) {
                files.filter(f -> f.getFileName().toString().matches("application(-[\\w-]+)?\\.ya?ml")).sorted()
                        .forEach(f -> yaml.put(root.relativize(f).toString(), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        // spring.config.import: classpath:orientation-messaging.yml (service-support)
        for (String text : List.copyOf(yaml.values())) {
            Matcher imported = Pattern.compile("import:\\s*classpath:([\\w.-]+\\.ya?ml)").matcher(text);
            while (imported.find()) {
                try (Stream<Path> candidates = Files.walk(root, 5)) {
                    candidates.filter(f -> f.endsWith(Path.of("src/main/resources", imported.group(1))))
                            .findFirst().ifPresent(f -> yaml.put(root.relativize(f).toString(), read(f)));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        Path sources = dir.resolve("src/main/java");
        if (Files.isDirectory(sources)) {
            try (Stream<Path> files = Files.walk(sources)) {
                files.filter(f -> f.toString().endsWith(".java"))
                        .forEach(f -> java.put(root.relativize(f).toString(), read(f)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        boolean bootJar = Files.isRegularFile(dir.resolve("pom.xml"))
                && read(dir.resolve("pom.xml")).contains("<artifactId>spring-boot-maven-plugin</artifactId>");
        return new Module(name, yaml, java, bootJar);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("not found: " + pattern);
        }
        return m.group(1);
    }

    @SuppressWarnings("unchecked")
    private static <T> T deepCopy(Object value) {
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, v) -> copy.put(String.valueOf(k), deepCopy(v)));
            return (T) copy;
        }
        if (value instanceof List<?> list) {
            List<Object> copy = new ArrayList<>();
            list.forEach(v -> copy.add(deepCopy(v)));
            return (T) copy;
        }
        return (T) value;
    }

    private static void walk(String path, Object value, Map<String, String> strings) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> walk(path.isEmpty() ? String.valueOf(k) : path + "." + k, v, strings));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(path + "[" + i + "]", list.get(i), strings);
            }
        } else if (value != null) {
            strings.put(path, String.valueOf(value));
        }
    }
}
