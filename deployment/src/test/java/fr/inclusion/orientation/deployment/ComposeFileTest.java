package fr.inclusion.orientation.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * docker-compose.yml, .env.example, the Dockerfile and deploy/ against every service's own configuration (its
 * application*.yml, what they import, its Java sources' ${...}), no Docker engine needed. A failure lists each drift
 * in one sentence; PlantedDriftTest shows each check failing.
 */
class ComposeFileTest {

    private static DeploymentChecks checks;

    @BeforeAll
    static void load() {
        checks = new DeploymentChecks(Deployment.load(Repository.root()));
    }

    @Test
    @DisplayName("(a) every variable a service reads without a default is set for it, and it reads every one set")
    void serviceVariables() {
        assertThat(checks.serviceVariables()).isEmpty();
    }

    @Test
    @DisplayName("(b) every variable the compose file interpolates is documented in .env.example, and only those")
    void composeVariables() {
        assertThat(checks.composeVariablesDocumented()).isEmpty();
    }

    @Test
    @DisplayName("(c) each service's port is the one of its healthcheck, of the URLs others use and of Prometheus")
    void ports() {
        assertThat(checks.ports()).isEmpty();
    }

    @Test
    @DisplayName("(d) bindings name event-contracts' topics; compose and deploy/ name only those")
    void topics() {
        assertThat(checks.topics()).isEmpty();
    }

    @Test
    @DisplayName("(e) the production realm is imported; issuer public, keys and tokens on the internal host")
    void identity() {
        assertThat(checks.identity()).isEmpty();
    }

    @Test
    @DisplayName("(f) every healthcheck calls a path its container serves")
    void healthPaths() {
        assertThat(checks.healthPaths()).isEmpty();
    }

    @Test
    @DisplayName("(g) images are orientation/<module>:<pom version>, built in layers, non-root, from Boot modules")
    void images() {
        assertThat(checks.images()).isEmpty();
    }

    @Test
    @DisplayName("(h) replicas publish no host port; every container has limits; JVM settings fit their limit")
    void limits() {
        assertThat(checks.limits()).isEmpty();
    }

    @Test
    @DisplayName("the proxy serves the public names the gateway, the e-mail links and Keycloak announce")
    void publicNames() {
        assertThat(checks.publicNames()).isEmpty();
    }

    @Test
    @DisplayName("each service's MongoDB user, database and replica set, Kafka brokers and replication agree")
    void storeAndBroker() {
        assertThat(checks.storeAndBroker()).isEmpty();
    }

    @Test
    @DisplayName("every depends_on waits for a healthcheck or a one-shot's success")
    void startOrder() {
        assertThat(checks.startOrder()).isEmpty();
    }
}
