package fr.inclusion.orientation.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The production token decoder (no test decoder here) with Keycloak's key set out of reach: the gateway still
 * starts and is healthy, and a caller with a well-formed token learns that identity is unavailable, not that the
 * token is bad.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
class UnreachableIdentityProviderTest {

    @DynamicPropertySource
    static void keycloakOutOfReach(DynamicPropertyRegistry registry) {
        registry.add("OIDC_JWK_SET_URI", () -> "http://127.0.0.1:" + closedPort() + "/certs");
        TestGateway.redis(registry);
    }

    @Autowired
    WebTestClient client;

    @BeforeEach
    void patientClient() {
        // The build machine is shared by several builds at once: 5 s (the default) is too tight under load.
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Test
    void gatewayIsHealthyWithoutKeycloak() {
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }

    @Test
    void tokenThatCannotBeVerifiedGivesServiceUnavailableProblem() {
        client.get().uri("/api/venues").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.admin("admin"))
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/identity-unavailable")
                .jsonPath("$.title").isEqualTo("Service momentanément indisponible")
                .jsonPath("$.instance").isEqualTo("/api/venues");
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
