package fr.inclusion.orientation.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * Two gateway instances on one real Redis: a browser session begun on one is known to the other, and the per-user
 * limit is counted once for both. The bucket is set here to five requests that come back at one per minute, so
 * that no refill can happen while the test runs. Keycloak's token endpoint is the recording downstream: reaching it
 * proves that the instance found the sign-in the other one started.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureWebTestClient
@Import(TestGateway.TrustTestTokens.class)
class TwoGatewayInstancesTest {

    static final RecordingDownstream downstream = RecordingDownstream.start();
    static ConfigurableApplicationContext secondInstance;

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestGateway.wire(registry, downstream);
    }


    @Autowired
    WebTestClient first;
    @Autowired
    RedisRateLimiter firstLimiter;
    WebTestClient second;

    @BeforeAll
    static void startSecondInstance() {
        secondInstance = new SpringApplicationBuilder(GatewayApplication.class, TestGateway.TrustTestTokens.class)
                .properties("server.port=0")
                .properties(TestGateway.asArguments(downstream))
                .run();
    }

    @AfterAll
    static void stop() {
        secondInstance.close();
        downstream.close();
    }

    @BeforeEach
    void fiveRequestsThenOnePerMinute() {
        second = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + secondInstance.getEnvironment().getProperty("local.server.port"))
                .responseTimeout(Duration.ofSeconds(30)).build();
        first = first.mutate().responseTimeout(Duration.ofSeconds(30)).build();
        for (RedisRateLimiter limiter : List.of(firstLimiter, secondInstance.getBean(RedisRateLimiter.class))) {
            limiter.getConfig().put("gateway", new RedisRateLimiter.Config()
                    .setReplenishRate(1).setBurstCapacity(300).setRequestedTokens(60));
        }
    }

    @Test
    void aSignInBegunOnOneInstanceIsFinishedByTheOther() {
        String page = "/orientations/" + UUID.randomUUID();
        String session = first.get().uri(page).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseCookies().getFirst("SESSION").getValue();
        String authorization = second.get().uri("/oauth2/authorization/keycloak").cookie("SESSION", session)
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        String state = java.net.URLDecoder.decode(UriComponentsBuilder.fromUriString(authorization).build()
                .getQueryParams().getFirst("state"), java.nio.charset.StandardCharsets.UTF_8);
        int tokenCallsBefore = downstream.all("/token").size();

        // Keycloak sends the browser back to the first instance: it finds the request the second one stored
        first.get().uri(uri -> uri.path("/login/oauth2/code/keycloak").queryParam("code", "un-code")
                        .queryParam("state", "{state}").build(state))
                .cookie("SESSION", session)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/login/erreur");
        assertThat(downstream.all("/token")).hasSize(tokenCallsBefore + 1);
        assertThat(downstream.all("/token").getLast().body()).contains("code=un-code", "code_verifier=");

        // an unknown state is refused without calling Keycloak
        second.get().uri("/login/oauth2/code/keycloak?code=autre&state=inconnu").cookie("SESSION", session)
                .exchange()
                .expectStatus().isFound()
                .expectHeader().location("/login/erreur");
        assertThat(downstream.all("/token")).hasSize(tokenCallsBefore + 1);
    }

    @Test
    void oneUsersRequestsCountOnEveryInstanceAndTheNextIsTooManyWithRetryAfter() {
        String user = TestJwts.secretary("secretaire-" + UUID.randomUUID(), "55427");
        for (int i = 0; i < 5; i++) {
            (i % 2 == 0 ? first : second).get().uri("/api/venues/" + i)
                    .header(HttpHeaders.AUTHORIZATION, "Bearer " + user).exchange()
                    .expectStatus().isOk();
        }
        String refused = "/api/venues/" + UUID.randomUUID();
        for (WebTestClient instance : List.of(first, second)) {
            instance.get().uri(refused).header(HttpHeaders.AUTHORIZATION, "Bearer " + user).exchange()
                    .expectStatus().isEqualTo(429)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectHeader().valueEquals(HttpHeaders.RETRY_AFTER, "60")
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/rate-limited")
                    .jsonPath("$.title").isEqualTo("Trop de requêtes")
                    .jsonPath("$.status").isEqualTo(429);
        }
        assertThat(downstream.all(refused)).isEmpty();

        String someoneElse = TestJwts.secretary("secretaire-" + UUID.randomUUID(), "55427");
        second.get().uri("/api/venues/other").header(HttpHeaders.AUTHORIZATION, "Bearer " + someoneElse).exchange()
                .expectStatus().isOk();
    }

    @Test
    void anonymousCallersAreCountedByAddressAndProbesNever() {
        // whatever earlier requests left in this address's bucket, it holds at most five requests
        int refused = 0;
        for (int i = 0; i < 12; i++) {
            int status = (i % 2 == 0 ? first : second).get().uri("/api/referrals").exchange()
                    .returnResult(Void.class).getStatus().value();
            assertThat(status).isIn(401, 429);
            refused += status == 429 ? 1 : 0;
        }
        assertThat(refused).isGreaterThanOrEqualTo(7);
        first.get().uri("/actuator/health/readiness").exchange().expectStatus().isOk();
    }
}
