package fr.inclusion.orientation.standalone.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StackTest {

    private static final Path ROOT = Path.of("/project");

    private static Settings settings(Map<String, String> env) {
        return Settings.of(ROOT, env);
    }

    @Test
    void portsAreTheDefaultsUnlessTheEnvironmentSetsThem() {
        Ports ports = Ports.fromEnvironment(Map.of("GATEWAY_PORT", "9080", "KEYCLOAK_PORT", "9180"));

        assertThat(ports.get("GATEWAY_PORT")).isEqualTo(9080);
        assertThat(ports.get("VENUE_PORT")).isEqualTo(8081);
        assertThat(ports.get("KEYCLOAK_MANAGEMENT_PORT")).isEqualTo(9181);
        assertThat(Ports.fromEnvironment(Map.of("KEYCLOAK_MANAGEMENT_PORT", "7000")).get("KEYCLOAK_MANAGEMENT_PORT"))
                .isEqualTo(7000);
        assertThatThrownBy(() -> Ports.fromEnvironment(Map.of("STORE_PORT", "mongo")))
                .hasMessage("STORE_PORT is not a port: mongo");
    }

    @Test
    void theTestStackShiftsEveryPortAndHasAStateOfItsOwn() {
        Map<String, String> env = Profile.TEST.environment(ROOT, Map.of("GATEWAY_PORT", "9999"));

        assertThat(env).containsEntry("ORIENTATION_STATE", "/project/.state-test")
                .containsEntry("GATEWAY_PORT", "18080").containsEntry("KEYCLOAK_PORT", "18180")
                .containsEntry("KEYCLOAK_MANAGEMENT_PORT", "18181").containsEntry("STORE_PORT", "37017")
                .containsEntry("MAIL_API_PORT", "18025").containsEntry("REDIS_PORT", "16379")
                .doesNotContainKey("ORIENTATION_SKIP_BUILD");
        assertThat(env.keySet()).hasSize(14);
        assertThat(Profile.TEST.environment(ROOT, Map.of("ORIENTATION_TEST_PORT_OFFSET", "30000")))
                .containsEntry("GATEWAY_PORT", "38080");
    }

    @Test
    void theChaosStackKeepsTheStoreBelowTheEphemeralRangeAndMovesTheMailServer() {
        Map<String, String> env = Profile.CHAOS.environment(ROOT, Map.of());

        assertThat(env).containsEntry("ORIENTATION_STATE", "/project/.state-chaos")
                .containsEntry("GATEWAY_PORT", "23080").containsEntry("STORE_PORT", "32017")
                .containsEntry("MAIL_SMTP_PORT", "18125").containsEntry("MAIL_API_PORT", "23125")
                .containsEntry("ORIENTATION_SKIP_BUILD", "1").containsEntry("GATEWAY_RATE_LIMIT_BURST", "100000");
        assertThat(Profile.CHAOS.ports(Map.of("ORIENTATION_CHAOS_PORT_OFFSET", "6000")).get("STORE_PORT"))
                .isEqualTo(23017);
        assertThat(Profile.CHAOS.ports(Map.of("ORIENTATION_CHAOS_PORT_OFFSET", "5000")).get("STORE_PORT"))
                .isEqualTo(32017);
    }

    @Test
    void theBenchStackRunsServicesWithFullJit() {
        assertThat(Profile.BENCH.environment(ROOT, Map.of()))
                .containsEntry("ORIENTATION_STATE", "/project/.state-bench").containsEntry("VENUE_PORT", "28081")
                .containsEntry("SERVICE_JAVA_OPTS", "-Xms256m -Xmx1g -XX:+UseSerialGC -XX:+ExitOnOutOfMemoryError");
        assertThat(Profile.BENCH.environment(ROOT, Map.of("BENCH_SERVICE_JAVA_OPTS", "-Xmx2g")))
                .containsEntry("SERVICE_JAVA_OPTS", "-Xmx2g");
    }

    @Test
    void theDeveloperStackLivesInOrientationStateOrDotState() {
        assertThat(Profile.DEV.state(ROOT, Map.of())).isEqualTo(Path.of("/project/.state"));
        assertThat(Profile.DEV.state(ROOT, Map.of("ORIENTATION_STATE", "/tmp/mine"))).isEqualTo(Path.of("/tmp/mine"));
        assertThat(Stack.exports(Map.of("A", "it's"))).isEqualTo("export A='it'\\''s'");
    }

    @Test
    void theTableStartsInfrastructureThenServicesThenTheGateway() {
        assertThat(StackProcess.names()).containsExactly("store", "kafka", "redis", "mail", "keycloak",
                "venue-service", "referral-service", "notification-service", "web", "gateway");
        assertThat(Stack.tiers(false)).extracting(tier -> tier.stream().map(StackProcess::name).toList())
                .containsExactly(List.of("store", "kafka", "redis", "mail", "keycloak"),
                        List.of("venue-service", "referral-service", "notification-service", "web"),
                        List.of("gateway"));
        assertThat(Stack.tiers(true).getFirst()).extracting(StackProcess::name).containsExactly("gateway");
        assertThatThrownBy(() -> StackProcess.named("mongo")).hasMessage("unknown name 'mongo' (one of: store kafka "
                + "redis mail keycloak venue-service referral-service notification-service web gateway)");
    }

    @Test
    void aServiceRunsItsPrivateJarCopyOnLoopbackWithThePortsOfTheStack() {
        Settings s = settings(Map.of("JAVA_HOME", "/jdk", "GATEWAY_PORT", "18080", "REDIS_PORT", "16379",
                "SERVICE_JAVA_OPTS", "-Xmx1g  -XX:+UseSerialGC"));
        StackProcess gateway = StackProcess.named("gateway");

        assertThat(gateway.command().apply(s)).containsExactly("/jdk/bin/java", "-Xmx1g", "-XX:+UseSerialGC",
                "-Dorientation.process=gateway", "-jar", "/project/.state/lib/gateway.jar");
        assertThat(gateway.environment().apply(s)).containsEntry("PORT", "18080")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1").containsEntry("REDIS_PORT", "16379")
                .containsEntry("GATEWAY_PUBLIC_URL", "http://127.0.0.1:18080")
                .containsEntry("OIDC_ISSUER_URI", "http://127.0.0.1:8180/realms/orientation")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27017/gateway");
        assertThat(StackProcess.named("notification-service").environment().apply(s))
                .containsEntry("MAIL_PORT", "3025").containsEntry("NOTIFICATION_WEB_BASE_URL", "http://127.0.0.1:18080")
                .doesNotContainKey("REDIS_HOST");
        assertThat(gateway.port(s)).isEqualTo(18080);
        assertThat(gateway.timeoutSeconds(s)).isEqualTo(150);
        assertThat(StackProcess.named("keycloak").timeoutSeconds(settings(Map.of("ORIENTATION_TIMEOUT_KEYCLOAK", "300"))))
                .isEqualTo(300);
    }

    @Test
    void keycloakRunsTheDistributionOfThePomVersion() {
        Settings s = settings(Map.of("KEYCLOAK_PORT", "18180"));

        assertThat(s.version("keycloak.version")).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(s.keycloakHome()).isEqualTo(Path.of("/project/.state/keycloak/keycloak-" + s.version("keycloak.version")));
        assertThat(Preparation.keycloakDist(s)).isEqualTo(Path.of("/project/standalone/target/keycloak/"
                + "keycloak-quarkus-dist-" + s.version("keycloak.version") + ".tar.gz"));
        assertThat(s.jar("gateway")).isEqualTo(Path.of("/project/gateway/target/gateway-"
                + s.version("project.version") + ".jar"));
        assertThat(StackProcess.named("keycloak").command().apply(s)).contains("--http-port=18180",
                "--http-management-port=18181", "--import-realm");
    }

    @Test
    void generatedConfigurationFollowsThePorts() {
        Settings s = settings(Map.of("KAFKA_PORT", "19092", "KAFKA_CONTROLLER_PORT", "19093", "REDIS_PORT", "16379"));

        assertThat(Preparation.kafkaProperties(s, Path.of("/data/kafka")))
                .contains("listeners=PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093\n",
                        "controller.quorum.voters=1@127.0.0.1:19093\n", "log.dirs=/data/kafka\n");
        assertThat(Preparation.redisConf(s, Path.of("/data/redis"))).contains("port 16379\n", "bind 127.0.0.1\n",
                "dir \"/data/redis\"\n", "set-proc-title no\n");
        assertThat(Stack.clusterId()).hasSize(22).doesNotStartWith("-");
    }

    @Test
    void aPidIsOursOnlyWhenItsCommandLineSaysSo() {
        Stack stack = new Stack(settings(Map.of()));

        assertThat(stack.isOurs("store", List.of("java", "-Dorientation.process=store", "-cp", "x"))).isTrue();
        assertThat(stack.isOurs("store", List.of("java", "-Dorientation.process=store-copy"))).isFalse();
        assertThat(stack.isOurs("redis", List.of("/usr/bin/redis-server", "/project/.state/redis/redis.conf")))
                .isTrue();
        assertThat(stack.isOurs("redis", List.of("/usr/bin/redis-server", "/elsewhere/redis.conf"))).isFalse();
        assertThat(stack.isOurs("keycloak", List.of("/bin/bash", stack_kcSh()))).isTrue();
    }

    private static String stack_kcSh() {
        return settings(Map.of()).keycloakHome().resolve("bin/kc.sh").toString();
    }

    @Test
    void healthReadsTheOverallStatusAndThePort() throws IOException {
        assertThat(Health.statusUp("{\"status\":\"UP\",\"components\":{}}")).isTrue();
        assertThat(Health.statusUp("{ \"status\" : \"DOWN\", \"components\": {\"a\":{\"status\":\"UP\"}}}")).isFalse();
        assertThat(Health.statusUp("")).isFalse();
        try (ServerSocket server = new ServerSocket(0)) {
            assertThat(Health.portOpen(server.getLocalPort())).isTrue();
        }
    }

    @Test
    void aStoppedStackIsDownAndStatusSaysSo(@TempDir Path state) throws IOException {
        Files.createDirectories(state.resolve("pids"));
        // a PID that is not ours (this JVM's) is never reported nor stopped
        Files.writeString(state.resolve("pids/store.pid"), ProcessHandle.current().pid() + "\n");
        Stack stack = new Stack(Settings.of(ROOT, Map.of("ORIENTATION_STATE", state.toString(),
                "STORE_PORT", "1", "KAFKA_PORT", "2")));

        assertThat(stack.pidOf(StackProcess.named("store"))).isNull();
        assertThat(stack.status()).isEqualTo(1);
        assertThat(stack.stop(List.of(StackProcess.named("store")))).isZero();
        assertThat(state.resolve("pids/store.pid")).doesNotExist();
    }
}
