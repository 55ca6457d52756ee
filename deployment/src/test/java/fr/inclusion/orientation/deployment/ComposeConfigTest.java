package fr.inclusion.orientation.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * Compose's own reading of docker-compose.yml (schema, anchors and merges, interpolation), no engine needed: {@code
 * docker compose config} (or the older {@code docker-compose config}) with every value of .env.example filled in,
 * then with .env.example as it is, whose empty secrets Compose must refuse. Skipped where neither command exists.
 */
class ComposeConfigTest {

    @TempDir
    Path dir;

    @Test
    @EnabledIf(value = "composeCommandExists", disabledReason = "neither `docker compose` nor `docker-compose` "
            + "here: ComposeFileTest checks the file without Compose")
    void composeReadsTheFileWithEveryValueOfEnvExampleSet() throws Exception {
        Path env = dir.resolve(".env");
        List<String> filled = new ArrayList<>();
        for (String line : Files.readAllLines(Repository.root().resolve(".env.example"))) {
            Matcher m = Deployment.ENV_LINE.matcher(line);
            filled.add(m.matches() && m.group(2).isEmpty() ? line + "set-" + m.group(1).toLowerCase() : line);
        }
        Files.write(env, filled);

        Result production = compose("--env-file", env.toString(), "-f", "docker-compose.yml", "config", "-q");
        Result trial = compose("--env-file", env.toString(), "-f", "docker-compose.yml", "-f",
                "deploy/journey/docker-compose.journey.yml", "--profile", "mail-capture", "config", "-q");

        assertThat(production.exit()).as(production.output()).isZero();
        assertThat(trial.exit()).as(trial.output()).isZero();
    }

    @Test
    @EnabledIf(value = "composeCommandExists", disabledReason = "neither `docker compose` nor `docker-compose` "
            + "here: ComposeFileTest checks the file without Compose")
    void composeRefusesTheEmptySecretsOfEnvExample() throws Exception {
        Result result = compose("--env-file", ".env.example", "-f", "docker-compose.yml", "config", "-q");

        assertThat(result.exit()).isNotZero();
        assertThat(result.output()).containsPattern("set (KEYCLOAK|GATEWAY|NOTIFICATION|KAFKA|MONGO|REDIS|ORIENTATION"
                + "|GRAFANA)_[A-Z_]+");
    }

    record Result(int exit, String output) {
    }

    private static Result compose(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(composeCommand());
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(Repository.root().toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    static boolean composeCommandExists() {
        return !composeCommand().isEmpty();
    }

    private static List<String> composeCommand() {
        for (List<String> candidate : List.of(List.of("docker", "compose"), List.of("docker-compose"))) {
            try {
                List<String> version = new ArrayList<>(candidate);
                version.add("version");
                Process process = new ProcessBuilder(version).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
                if (process.waitFor(20, TimeUnit.SECONDS) && process.exitValue() == 0) {
                    return candidate;
                }
            } catch (IOException e) {
                // not this one
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return List.of();
            }
        }
        return List.of();
    }
}
