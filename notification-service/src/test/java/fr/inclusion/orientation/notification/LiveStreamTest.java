package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/**
 * The live stream's lifetime and its per-user cap (5 by default), over real HTTP: a stream ends when its token
 * expires, a sixth stream of one user is refused with 429 and Retry-After, closing one frees its slot (found out at
 * the next heartbeat, every second here). Same context as {@link NotificationServiceTest}; each test has its own
 * users.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.stream.max-per-user=5", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class LiveStreamTest {

    private static final String PATH = "/api/notifications/stream";

    @LocalServerPort
    int port;

    private final List<LiveStream> opened = new ArrayList<>();
    private ServiceCalls calls;

    @BeforeEach
    void calls() {
        calls = new ServiceCalls(port);
    }

    @AfterEach
    void closeStreams() {
        opened.forEach(LiveStream::close);
    }

    @Test
    void theStreamEndsWhenTheTokenExpires() throws Exception {
        String token = TestJwts.secretaryExpiringIn(Duration.ofSeconds(2), newUser(), "55427");
        Instant expiry = TestJwts.decoder().decode(token).getExpiresAt();

        LiveStream stream = open(token);

        assertThat(stream.status()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(15)).until(stream::endedByServer);
        assertThat(stream.endedAt()).isAfterOrEqualTo(expiry.minusMillis(100));
        assertThat(stream.lines()).anyMatch(line -> line.startsWith(":connecté"));
    }

    @Test
    void aTokenAlreadyPastItsExpiryGetsA401ProblemNotAStreamThatEndsAtOnce() throws Exception {
        // still accepted by the decoder, which allows a minute of clock skew
        LiveStream stream = open(TestJwts.secretaryExpiringIn(Duration.ofSeconds(-5), newUser(), "55427"));

        assertThat(stream.status()).isEqualTo(401);
        assertThat(stream.contentType()).startsWith("application/problem+json");
        assertThat(stream.problem().path("type").asString()).endsWith("/authentication-required");
    }

    @Test
    void aSixthStreamOfTheSameUserIsA429ProblemWithRetryAfter() throws Exception {
        String user = newUser();
        for (int i = 0; i < 5; i++) {
            assertThat(open(TestJwts.secretary(user, "55427")).status()).as("stream " + (i + 1)).isEqualTo(200);
        }

        LiveStream sixth = open(TestJwts.secretary(user, "55427"));

        assertThat(sixth.status()).isEqualTo(429);
        assertThat(sixth.contentType()).startsWith("application/problem+json");
        assertThat(sixth.retryAfter()).isEqualTo("30");
        JsonNode problem = sixth.problem();
        assertThat(problem.path("type").asString())
                .isEqualTo("https://orientation-numerique.fr/problems/too-many-streams");
        assertThat(problem.path("status").asInt()).isEqualTo(429);
        assertThat(problem.path("title").asString()).isEqualTo("Trop de connexions en direct");
        assertThat(open(TestJwts.secretary(newUser(), "55427")).status()).as("another user").isEqualTo(200);
    }

    @Test
    void closingAStreamFreesItsSlot() throws Exception {
        String user = newUser();
        List<LiveStream> five = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            five.add(open(TestJwts.secretary(user, "55427")));
        }
        assertThat(five).allMatch(stream -> stream.status() == 200);
        assertThat(open(TestJwts.secretary(user, "55427")).status()).isEqualTo(429);

        five.getFirst().close();

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(250))
                .until(() -> open(TestJwts.secretary(user, "55427")).status() == 200);
    }

    private static String newUser() {
        return "secretaire-" + UUID.randomUUID();
    }

    private LiveStream open(String token) throws Exception {
        HttpResponse<Stream<String>> response = TestHttp.client().sendAsync(
                calls.request(PATH, token).header("Accept", "text/event-stream").build(),
                HttpResponse.BodyHandlers.ofLines()).get(10, TimeUnit.SECONDS);
        LiveStream stream = new LiveStream(response);
        opened.add(stream);
        return stream;
    }

    /** One connection: its lines are read as they come, and whether the server ended it is recorded. */
    private static final class LiveStream {

        private final HttpResponse<Stream<String>> response;
        private final List<String> lines = new CopyOnWriteArrayList<>();
        private final Thread reader;
        private volatile Instant endedAt;

        LiveStream(HttpResponse<Stream<String>> response) {
            this.response = response;
            this.reader = Thread.ofVirtual().start(() -> {
                try {
                    response.body().forEach(lines::add);
                    endedAt = Instant.now();
                } catch (RuntimeException closedByTheTest) {
                    // the test closed it
                }
            });
        }

        int status() {
            return response.statusCode();
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        String retryAfter() {
            return response.headers().firstValue("Retry-After").orElse(null);
        }

        boolean endedByServer() {
            return endedAt != null;
        }

        Instant endedAt() {
            return endedAt;
        }

        List<String> lines() {
            return lines;
        }

        JsonNode problem() throws InterruptedException {
            reader.join(Duration.ofSeconds(10));
            return ServiceCalls.JSON.readTree(lines.stream().collect(Collectors.joining("\n")));
        }

        void close() {
            response.body().close();
            reader.interrupt();
        }
    }
}
