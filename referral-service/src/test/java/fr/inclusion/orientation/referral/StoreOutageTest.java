package fr.inclusion.orientation.referral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import fr.inclusion.orientation.testsupport.StoppableStore;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The store crashes under referral-service: creating or reading a referral is answered quickly with a 503 problem
 * (the measured failure was a 500), readiness goes DOWN, and the service works again once the store is back, with
 * what it had stored. A context of its own on the stoppable store; its consumer groups are its own too, so that the
 * shared context's groups keep their partitions, and it is closed after the class.
 */
@ContextConfiguration(initializers = StoppableStore.Initializer.class)
@TestPropertySource(properties = "spring.application.name=referral-service-store-outage")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class StoreOutageTest extends RunningReferralService {

    /** The gateway's time limit (resilience4j.timelimiter): an answer must come well before it. */
    private static final Duration GATEWAY_LIMIT = Duration.ofSeconds(10);
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", REVIGNY);

    private final StoppableStore store = StoppableStore.shared();

    @AfterEach
    void storeIsBack() {
        store.start();
    }

    @Test
    void withTheStoreDownReferralRequestsAreQuick503ProblemsAndTheServiceIsNotReadyUntilItReturns() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        HttpResponse<String> created = post("/api/referrals", body(venue), SECRETARY, newKey());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = json(created).get("id").asString();

        store.stop();

        for (Supplier<HttpResponse<String>> request : List.<Supplier<HttpResponse<String>>>of(
                () -> post("/api/referrals", body(venue), SECRETARY, newKey()),
                () -> get("/api/referrals/" + id, SECRETARY),
                () -> post("/api/referrals/" + id + "/accept", null, TestJwts.venueStaff("lieu", venue), null))) {
            long start = System.nanoTime();
            HttpResponse<String> answer = request.get();
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertProblem(answer, 503);
            assertThat(elapsed).isLessThan(GATEWAY_LIMIT);
            assertThat(answer.headers().firstValue("Retry-After")).contains("5");
            assertThat(json(answer).get("type").asString())
                    .isEqualTo("https://orientation-numerique.fr/problems/store-unavailable");
            assertThat(json(answer).get("title").asString()).isEqualTo("Service momentanément indisponible");
        }
        long start = System.nanoTime();
        HttpResponse<String> readiness = get("/actuator/health/readiness", null);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GATEWAY_LIMIT);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");

        store.start();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> get("/actuator/health/readiness", null).statusCode() == 200);
        assertThat(get("/api/referrals/" + id, SECRETARY).statusCode()).isEqualTo(200);
        HttpResponse<String> again = post("/api/referrals", body(venue), SECRETARY, newKey());
        assertThat(again.statusCode()).as(again.body()).isEqualTo(201);
    }

    private static String body(String venueId) {
        return """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Josiane","contact":{"channel":"phone","value":"06 12 34 56 78"},"commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, ADMIN_HELP, REVIGNY);
    }

    private static String newKey() {
        return UUID.randomUUID().toString();
    }
}
