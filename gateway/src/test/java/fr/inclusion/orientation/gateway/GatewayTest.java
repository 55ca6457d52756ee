package fr.inclusion.orientation.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import fr.inclusion.orientation.gateway.RecordingDownstream.Received;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The gateway as a client sees it, with a real HTTP server standing in for venue-service and referral-service and
 * notification-service pointed at a closed port. Each test uses its own paths, so no test depends on another.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    // Short enough to test the time limiter without slowing the suite; the default (10 s) is in application.yml.
    "resilience4j.timelimiter.instances.referral-service.timeout-duration=1s"
})
@AutoConfigureWebTestClient
@Import(TestGateway.TrustTestTokens.class)
class GatewayTest {

    static final RecordingDownstream downstream = RecordingDownstream.start();
    static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        registry.add("VENUE_SERVICE_URL", downstream::url);
        registry.add("REFERRAL_SERVICE_URL", downstream::url);
        registry.add("NOTIFICATION_SERVICE_URL", () -> "http://127.0.0.1:" + closedPort());
        registry.add("WEB_URL", () -> "http://127.0.0.1:" + closedPort());
        TestGateway.redis(registry);
    }


    @Autowired
    WebTestClient client;

    @BeforeEach
    void patientClient() {
        // The build machine is shared by several builds at once: 5 s (the default) is too tight under load.
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @Autowired
    ReactiveResilience4JCircuitBreakerFactory breakers;

    @AfterAll
    static void stopDownstream() {
        downstream.close();
    }

    @Test
    void requestWithoutTokenIsRejectedWithProblemJsonAndNeverReachesTheService() {
        String path = "/api/venues/" + UUID.randomUUID();

        client.get().uri(path).header("X-Request-Id", "sans-jeton-1").exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .expectHeader().valueEquals("X-Request-Id", "sans-jeton-1")
                .expectBody()
                .jsonPath("$.requestId").isEqualTo("sans-jeton-1")
                .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/authentication-required")
                .jsonPath("$.title").isEqualTo("Authentification requise")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("jeton d'accès"))
                .jsonPath("$.instance").isEqualTo(path);

        assertThat(downstream.find(path)).isEmpty();
    }

    @Test
    void validTokenIsRelayedUnchangedWithAGeneratedRequestId() {
        String path = "/api/venues/" + UUID.randomUUID();

        String returnedId = client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isOk()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectBody().jsonPath("$.answeredBy").isEqualTo("downstream")
                .returnResult().getResponseHeaders().getFirst("X-Request-Id");

        Received received = downstream.find(path).orElseThrow();
        assertThat(received.authorization()).isEqualTo("Bearer " + SECRETARY);
        assertThat(UUID.fromString(received.requestId())).isNotNull();
        assertThat(returnedId).isEqualTo(received.requestId());
    }

    @Test
    void callersRequestIdIsKeptDownstreamAndReturned() {
        String path = "/api/venues/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .header("X-Request-Id", "mairie-revigny-42")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "mairie-revigny-42");

        assertThat(downstream.find(path).orElseThrow().requestId()).isEqualTo("mairie-revigny-42");
    }

    @Test
    void implausibleRequestIdIsReplacedRatherThanSpreadToEveryLog() {
        String path = "/api/venues/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .header("X-Request-Id", "x\" onerror=alert(1) " + "y".repeat(200))
                .exchange()
                .expectStatus().isOk();

        assertThat(UUID.fromString(downstream.find(path).orElseThrow().requestId())).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api/venues", "/api/venues/search", "/api/venue-proposals", "/api/imports/job-1",
        "/api/territory/communes/55427", "/api/referrals", "/api/referrals/r-1/accept", "/api/flows",
        "/api/escalations" })
    void everyPublicPrefixReachesItsService(String prefix) {
        String path = prefix + "/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY).exchange()
                .expectStatus().isOk();

        assertThat(downstream.find(path)).isPresent();
    }

    @Test
    void postIsRelayedWithBodyQueryAndIdempotencyKey() {
        String path = "/api/referrals/" + UUID.randomUUID();
        String key = UUID.randomUUID().toString();

        client.post().uri(path + "?dryRun=true").header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"venueId\":\"demo-revigny-mediatheque\"}")
                .exchange()
                .expectStatus().isOk();

        Received received = downstream.find(path).orElseThrow();
        assertThat(received.method()).isEqualTo("POST");
        assertThat(received.query()).isEqualTo("dryRun=true");
        assertThat(received.idempotencyKey()).isEqualTo(key);
        assertThat(received.body()).isEqualTo("{\"venueId\":\"demo-revigny-mediatheque\"}");
    }

    @Test
    void serviceErrorAnswerPassesThroughInsteadOfTheFallback() {
        client.get().uri("/api/venues/" + UUID.randomUUID() + "/missing")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Lieu introuvable");
    }

    @Test
    void tokenSignedByAnotherKeyIsRejectedAndNeverReachesTheService() {
        String path = "/api/referrals/" + UUID.randomUUID();

        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + tokenSignedByAnotherKey())
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .expectBody()
                .jsonPath("$.title").isEqualTo("Authentification requise")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("invalide"));

        assertThat(downstream.find(path)).isEmpty();
    }

    @Test
    void malformedTokenIsRejectedWithProblemJson() {
        client.get().uri("/api/venues").header(HttpHeaders.AUTHORIZATION, "Bearer not-a-jwt")
                .exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(401);
    }

    @Test
    void serviceThatIsDownGivesServiceUnavailableProblemNamingIt() {
        client.get().uri("/api/notifications?unread=true").header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/service-unavailable")
                .jsonPath("$.title").isEqualTo("Service momentanément indisponible")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .contains("notifications").contains("notification-service"))
                .jsonPath("$.instance").isEqualTo("/api/notifications");
    }

    @Test
    void eventStreamOfAServiceThatIsDownIsAProblemToo() {
        client.get().uri("/api/notifications/stream").header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.title").isEqualTo("Service momentanément indisponible");
    }

    @Test
    void serviceTooSlowGivesGatewayTimeoutProblem() {
        // The stand-in answers 200 after 3 s; only the 1 s time limiter can turn that into a 504.
        client.get().uri("/api/referrals/" + UUID.randomUUID() + "/slow")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Service trop lent à répondre")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail).contains("referral-service"));
    }

    @Test
    void aBurstOfSlowCallsToOneServiceIsForwardedWholeNotCutAtTwentyFive() throws Exception {
        // 40 calls in flight at once on the venue-service route (3 s each, under its 10 s limit): the library's
        // default bulkhead (25 calls) would answer 15 of them 503 straight away
        List<java.util.concurrent.Future<Integer>> calls = new java.util.ArrayList<>();
        try (var threads = java.util.concurrent.Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                String path = "/api/venues/burst-" + i + "/slow";
                calls.add(threads.submit(() -> client.get().uri(path)
                        .header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                        .exchange().returnResult(String.class).getStatus().value()));
            }
            for (java.util.concurrent.Future<Integer> call : calls) {
                assertThat(call.get()).isEqualTo(200);
            }
        }
    }

    @Test
    void breakersDefaultToATenSecondTimeLimitAndATwentyCallWindow() {
        assertThat(breakers.getTimeLimiterRegistry().getDefaultConfig().getTimeoutDuration())
                .isEqualTo(Duration.ofSeconds(10));
        assertThat(breakers.getCircuitBreakerRegistry().getDefaultConfig().getSlidingWindowSize()).isEqualTo(20);
        assertThat(breakers.getCircuitBreakerRegistry().getDefaultConfig().getFailureRateThreshold()).isEqualTo(50f);
    }

    @Test
    void unknownApiPathIsNotFoundProblem() {
        client.get().uri("/api/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/not-found")
                .jsonPath("$.title").isEqualTo("Ressource introuvable")
                .jsonPath("$.status").isEqualTo(404)
                .jsonPath("$.instance").isEqualTo("/api/nothing-here");
    }

    @Test
    void pagesWhileTheWebServiceIsDownAreAFrenchPage() {
        String page = client.get().uri("/orientations/" + UUID.randomUUID()).accept(MediaType.TEXT_HTML)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"fr\">", "Service momentanément indisponible");
    }

    @Test
    void probesAreOpenWithoutToken() {
        client.get().uri("/actuator/health").exchange().expectStatus().isOk()
                .expectBody().jsonPath("$.status").isEqualTo("UP");
        client.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
        client.get().uri("/actuator/health/liveness").exchange().expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/env", "/actuator/prometheus", "/actuator/info",
        "/actuator/metrics", "/actuator/gateway/routes"})
    void nothingElseOfTheActuatorIsReachableEvenWithAToken(String path) {
        client.get().uri(path).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/not-found");
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.admin("admin")).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private static String tokenSignedByAnotherKey() {
        try {
            RSAKey otherKey = new RSAKeyGenerator(2048).keyID("not-keycloak").generate();
            Instant now = Instant.now();
            JWTClaimsSet claims = new JWTClaimsSet.Builder()
                    .issuer(TestJwts.ISSUER)
                    .subject(TestJwts.subjectOf("secretaire.revigny"))
                    .audience("gateway")
                    .issueTime(Date.from(now))
                    .expirationTime(Date.from(now.plusSeconds(600)))
                    .claim("roles", List.of("admin"))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(otherKey.getKeyID()).build(),
                    claims);
            jwt.sign(new RSASSASigner(otherKey));
            return jwt.serialize();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** A port nothing listens on: bound once to find it free, then released. */
    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
