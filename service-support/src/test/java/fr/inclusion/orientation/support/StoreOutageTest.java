package fr.inclusion.orientation.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import fr.inclusion.orientation.testsupport.StoppableStore;
import fr.inclusion.orientation.testsupport.TestInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * The store crashes under a running service: every request is answered quickly with a 503 problem (never a 500,
 * never a wait for the gateway's time limit), readiness goes DOWN, and the service works again once the store is
 * back with its data, without a restart.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {TestInfrastructure.Initializer.class, StoppableStore.Initializer.class})
class StoreOutageTest {

    /** The gateway's time limit (resilience4j.timelimiter): an answer must come well before it. */
    private static final Duration GATEWAY_LIMIT = Duration.ofSeconds(10);

    private final StoppableStore store = StoppableStore.shared();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @LocalServerPort
    int port;

    @AfterEach
    void storeIsBack() {
        store.start();
    }

    @Test
    void withTheStoreDownRequestsAreQuick503ProblemsAndReadinessIsDownUntilItReturns() throws Exception {
        HttpResponse<String> created = send(createThing());
        assertThat(created.statusCode()).isEqualTo(200);
        String id = created.body().replaceAll(".*\"id\":\"([^\"]+)\".*", "$1");
        assertThat(send(get("/actuator/health/readiness")).statusCode()).isEqualTo(200);

        store.stop();

        for (Supplier<HttpRequest> request : java.util.List.<Supplier<HttpRequest>>of(this::createThing,
                () -> get("/api/things/" + id, TestJwts.admin("admin-1")), this::exportThings, this::createThing)) {
            long start = System.nanoTime();
            HttpResponse<String> answer = send(request.get());
            Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

            assertThat(answer.statusCode()).isEqualTo(503);
            assertThat(elapsed).isLessThan(GATEWAY_LIMIT);
            assertThat(answer.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(ct -> assertThat(ct).startsWith("application/problem+json"));
            assertThat(answer.headers().firstValue("Retry-After")).contains("5");
            assertThat(answer.body()).contains("\"status\":503")
                    .contains("\"type\":\"https://orientation-numerique.fr/problems/store-unavailable\"")
                    .contains("Service momentanément indisponible")
                    .contains("Les données ne sont pas joignables pour le moment")
                    .doesNotContain("Exception").doesNotContain("127.0.0.1");
        }
        long start = System.nanoTime();
        HttpResponse<String> readiness = send(get("/actuator/health/readiness"));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(GATEWAY_LIMIT);
        assertThat(readiness.statusCode()).isEqualTo(503);
        assertThat(readiness.body()).contains("\"status\":\"DOWN\"");

        store.start();

        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                .until(() -> send(get("/actuator/health/readiness")).statusCode() == 200);
        assertThat(send(get("/api/things/" + id, TestJwts.admin("admin-1"))).body()).contains(id);
        assertThat(send(createThing()).statusCode()).isEqualTo(200);
    }

    private HttpRequest createThing() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestJwts.admin("admin-1"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"Espace numérique\"}"))
                .build();
    }

    /** An endpoint that produces CSV: the problem is JSON all the same. */
    private HttpRequest exportThings() {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/things/export"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + TestJwts.admin("admin-1"))
                .header("Accept", "text/csv")
                .GET().build();
    }

    private HttpRequest get(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).GET().build();
    }

    private HttpRequest get(String path, String token) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }
}
