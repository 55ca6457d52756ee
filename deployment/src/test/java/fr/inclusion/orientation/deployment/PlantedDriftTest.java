package fr.inclusion.orientation.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Each check of ComposeFileTest fails on a drift planted in a copy of the real files, with the sentence a failing
 * build prints (and nothing else: the rest of the copy still agrees).
 */
class PlantedDriftTest {

    private static Deployment real;

    @BeforeAll
    static void load() {
        real = Deployment.load(Repository.root());
    }

    @Test
    @DisplayName("(a) a variable read without a default and unset, a standalone default left, a misspelt name")
    void serviceVariables() {
        Deployment d = real.copy();
        String notification = "notification-service/src/main/resources/application.yml";
        d.modules.get("notification-service").yaml().merge(notification,
                "\nrelay:\n  token: ${NOTIFICATION_RELAY_TOKEN}\n", String::concat);
        Map<String, String> env = environment(d, "notification-service");
        env.put("NOTIFICATION_WEBBASE_URL", env.remove("NOTIFICATION_WEB_BASE_URL"));

        assertThat(new DeploymentChecks(d).serviceVariables()).containsExactly(
                "notification-service reads ${NOTIFICATION_WEB_BASE_URL}, whose default (http://127.0.0.1:8080) only"
                        + " works in standalone, but docker-compose.yml does not set it in the service's environment",
                "notification-service reads ${NOTIFICATION_RELAY_TOKEN} without a default, but docker-compose.yml "
                        + "does not set it in the service's environment",
                "docker-compose.yml sets NOTIFICATION_WEBBASE_URL for notification-service, but notification-service"
                        + " reads no such variable");
    }

    @Test
    @DisplayName("(b) a variable the compose file needs missing from .env.example, one without comment, one unused")
    void composeVariables() {
        Deployment d = real.copy();
        d.envExample.removeIf(line -> line.startsWith("REDIS_PASSWORD="));
        d.envExample.add("REDIS_HOST=redis");
        d.envExample.add(d.envExample.indexOf("KAFKA_CLUSTER_ID="), "");

        assertThat(new DeploymentChecks(d).composeVariablesDocumented()).containsExactly(
                ".env.example lists KAFKA_CLUSTER_ID without a comment saying what it is",
                "docker-compose.yml reads ${REDIS_PASSWORD} (no default), but .env.example does not list it",
                ".env.example lists REDIS_HOST, but docker-compose.yml does not read it");
    }

    @Test
    @DisplayName("(c) a service moved to another port, its healthcheck, callers and Prometheus job left behind")
    void ports() {
        Deployment d = real.copy();
        environment(d, "venue-service").put("PORT", "8081");

        assertThat(new DeploymentChecks(d).ports()).containsExactly(
                "venue-service: its healthcheck calls port 8080, but it listens on 8081",
                "gateway reaches venue-service on port 8080 (VENUE_SERVICE_URL), but venue-service listens on 8081",
                "web reaches venue-service on port 8080 (VENUE_SERVICE_URL), but venue-service listens on 8081",
                "Prometheus scrapes venue-service on port 8080, but it listens on 8081");
    }

    @Test
    @DisplayName("(d) a misspelt topic in a deploy/ file, a dead-letter topic named by hand")
    void topics() {
        Deployment d = real.copy();
        d.deployFiles.put("deploy/grafana/dashboards/orientation.json",
                "{\"expr\": \"kafka_consumergroup_lag{topic=\\\"referral.referal-events\\\"}\"}");
        d.modules.get("notification-service").yaml().computeIfPresent(
                "notification-service/src/main/resources/application.yml", (path, text) -> text.replace(
                        "dlq-name: ${orientation.topics.venue-events}.${spring.application.name}.dlq",
                        "dlq-name: venue-events.dlq"));

        assertThat(new DeploymentChecks(d).topics()).containsExactly(
                "notification-service: binding venueEvents-in-0 sends dead letters to venue-events.dlq, not to "
                        + "venue.venue-events.notification-service.dlq (Topics.deadLetter)",
                "deploy/grafana/dashboards/orientation.json names topic referral.referal-events, which no service "
                        + "uses [referral.referral-events, referral.referral-events.notification-service.dlq, "
                        + "referral.referral-events.referral-service-flows.dlq, venue.reference-events, "
                        + "venue.reference-events.notification-service.dlq, "
                        + "venue.reference-events.referral-service.dlq, venue.venue-events, "
                        + "venue.venue-events.notification-service.dlq, venue.venue-events.referral-service.dlq]");
    }

    @Test
    @DisplayName("(e) an issuer on the internal host, the demo realm mounted")
    void identity() {
        Deployment d = real.copy();
        environment(d, "web").put("OIDC_ISSUER_URI", "http://keycloak:8080/realms/orientation");
        List<Object> volumes = new ArrayList<>();
        volumes.add("./identity/src/main/resources/realm/orientation-realm.json:/opt/keycloak/data/import/"
                + "orientation-realm.json:ro");
        d.service("keycloak").put("volumes", volumes);

        assertThat(new DeploymentChecks(d).identity()).containsExactly(
                "keycloak imports ./identity/src/main/resources/realm/orientation-realm.json, which is not the "
                        + "production realm (account secretaire.revigny with a password, account "
                        + "secretaire.sommeilles with a password, account lieu.franceservices with a password, …)",
                "web: issuer is http://keycloak:8080/realms/orientation "
                        + "(spring.security.oauth2.resourceserver.jwt.issuer-uri), expected "
                        + "https://connexion.orientation.example.fr/realms/orientation");
    }

    @Test
    @DisplayName("(e) the gateway presents another secret than the one the realm is imported with")
    void clientSecret() {
        Deployment d = real.copy();
        environment(d, "gateway").put("OIDC_CLIENT_SECRET", "${GATEWAY_SECRET:?set GATEWAY_SECRET}");

        assertThat(new DeploymentChecks(d).identity()).containsExactly(
                "gateway presents OIDC_CLIENT_SECRET=${GATEWAY_SECRET:?set GATEWAY_SECRET}, but keycloak imports the "
                        + "realm with GATEWAY_CLIENT_SECRET=${GATEWAY_CLIENT_SECRET:?set GATEWAY_CLIENT_SECRET}");
    }

    @Test
    @DisplayName("(f) a healthcheck on a path the service does not serve")
    void healthPaths() {
        Deployment d = real.copy();
        @SuppressWarnings("unchecked")
        Map<String, Object> healthcheck = (Map<String, Object>) d.service("gateway").get("healthcheck");
        healthcheck.put("test", ((List<?>) healthcheck.get("test")).stream()
                .map(part -> String.valueOf(part).replace("/actuator/health/readiness", "/actuator/health/ready"))
                .toList());

        assertThat(new DeploymentChecks(d).healthPaths()).containsExactly(
                "gateway: its healthcheck calls /actuator/health/ready, which it does not serve (health paths: "
                        + "[/actuator/health, /actuator/health/liveness, /actuator/health/readiness])");
    }

    @Test
    @DisplayName("(g) an image tag behind the pom's version, a build argument naming no module")
    void images() {
        Deployment d = real.copy();
        d.service("web").put("image", "orientation/web:0.1.0");
        build(d, "referral-service").put("MODULE", "referrals");

        assertThat(new DeploymentChecks(d).images()).containsExactly(
                "web: image is orientation/web:0.1.0, expected orientation/web:0.1.0-SNAPSHOT",
                "referral-service: image is orientation/referral-service:0.1.0-SNAPSHOT, expected "
                        + "orientation/referrals:0.1.0-SNAPSHOT",
                "referral-service is built with MODULE=referrals, which is not a module of the reactor");
    }

    @Test
    @DisplayName("(h) a host port on a replicated service, a container without limits, a heap too large")
    void limits() {
        Deployment d = real.copy();
        d.service("gateway").put("ports", new ArrayList<>(List.of("8080:8080")));
        d.service("redis").remove("deploy");
        environment(d, "referral-service").put("JAVA_TOOL_OPTIONS",
                "-XX:MaxRAMPercentage=65 -XX:MaxMetaspaceSize=256m -XX:ReservedCodeCacheSize=128m");

        assertThat(new DeploymentChecks(d).limits()).containsExactly(
                "gateway has 2 replicas but publishes host port 8080:8080: the second replica could not bind it",
                "referral-service: JAVA_TOOL_OPTIONS leaves 64 MiB of its 1280 MiB limit for thread stacks, GC and "
                        + "direct buffers (heap 65 % = 832 MiB, metaspace 256 MiB, code cache 128 MiB); at least "
                        + "128 MiB are needed",
                "redis has no memory limit (deploy.resources.limits.memory)",
                "redis has no CPU limit (deploy.resources.limits.cpus)");
    }

    @Test
    @DisplayName("e-mail links to an internal address, Keycloak's name without a certificate at the proxy")
    void publicNames() {
        Deployment d = real.copy();
        environment(d, "notification-service").put("NOTIFICATION_WEB_BASE_URL", "http://web:8080");
        environment(d, "proxy").put("KEYCLOAK_HOSTNAME", "sso.example.fr");

        assertThat(new DeploymentChecks(d).publicNames()).containsExactly(
                "keycloak KC_HOSTNAME is https://connexion.orientation.example.fr, but the proxy serves no certificate"
                        + " for connexion.orientation.example.fr (it serves [orientation.example.fr, sso.example.fr])",
                "notification-service NOTIFICATION_WEB_BASE_URL is http://web:8080: a public address must be "
                        + "https://<name>",
                "notification-service NOTIFICATION_WEB_BASE_URL is http://web:8080, but Keycloak's realm knows the "
                        + "application as https://orientation.example.fr");
    }

    @Test
    @DisplayName("a service signing in with another's password, on one member; topics with one replica on three")
    void storeAndBroker() {
        Deployment d = real.copy();
        environment(d, "venue-service").put("MONGODB_URI", "mongodb://venue-service:"
                + "${MONGO_REFERRAL_SERVICE_PASSWORD:?set MONGO_REFERRAL_SERVICE_PASSWORD}@mongo1:27017/venue-service"
                + "?replicaSet=rs0&authSource=venue-service");
        environment(d, "referral-service").put("KAFKA_REPLICATION_FACTOR", "1");

        assertThat(new DeploymentChecks(d).storeAndBroker()).containsExactly(
                "venue-service: MONGODB_URI takes the password of venue-service from MONGO_REFERRAL_SERVICE_PASSWORD,"
                        + " but deploy/mongo/init-replica-set.js creates that user with MONGO_VENUE_SERVICE_PASSWORD",
                "venue-service: MONGODB_URI lists [mongo1:27017], but the replica set's members are [mongo1:27017, "
                        + "mongo2:27017, mongo3:27017]",
                "referral-service creates topics with replication factor 1 and min ISR 2 on 3 brokers: expected at "
                        + "least 3 and 2, min ISR below the factor");
    }

    @Test
    @DisplayName("a dependency that does not wait for health")
    void startOrder() {
        Deployment d = real.copy();
        @SuppressWarnings("unchecked")
        Map<String, Object> dependsOn = (Map<String, Object>) d.service("web").get("depends_on");
        dependsOn.put("venue-service", new LinkedHashMap<>(Map.of("condition", "service_started")));

        assertThat(new DeploymentChecks(d).startOrder()).containsExactly(
                "web depends on venue-service with condition service_started: use service_healthy");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> environment(Deployment d, String service) {
        return (Map<String, String>) d.service(service).get("environment");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> build(Deployment d, String service) {
        return (Map<String, Object>) ((Map<String, Object>) d.service(service).get("build")).get("args");
    }
}
