package fr.inclusion.orientation.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * Where a Docker engine answers, docker-compose.yml itself comes up (images built from the Dockerfile, three Kafka
 * brokers, the MongoDB replica set, Keycloak, the TLS proxy …) and standalone's JourneyIT runs through the proxy:
 * deploy/journey/run.sh, which also cleans up. Run by {@code mvn -pl deployment verify -Pcompose-up}; skipped, with
 * the reason, where {@code docker info} fails (our development machines, this project's CI).
 */
class ComposeUpJourneyIT {

    @Test
    @EnabledIf(value = "dockerEngineAnswers",
            disabledReason = "no Docker engine here (docker info fails): the compose file cannot be brought up; "
                    + "ComposeFileTest checks it statically")
    void theJourneyPassesAgainstTheComposeFile() throws Exception {
        Path root = Repository.root();
        Process run = new ProcessBuilder("bash", root.resolve("deploy/journey/run.sh").toString())
                .directory(root.toFile()).inheritIO().start();

        assertThat(run.waitFor(60, TimeUnit.MINUTES)).as("deploy/journey/run.sh finished within an hour").isTrue();
        assertThat(run.exitValue()).as("deploy/journey/run.sh exit code").isZero();
    }

    static boolean dockerEngineAnswers() {
        try {
            Process info = new ProcessBuilder("docker", "info").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return info.waitFor(30, TimeUnit.SECONDS) && info.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
