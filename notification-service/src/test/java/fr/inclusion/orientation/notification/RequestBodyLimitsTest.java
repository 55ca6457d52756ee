package fr.inclusion.orientation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestBodies;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/**
 * The service's request body limit (1 MB by default) on its JSON endpoint, over real HTTP: preferences announced or
 * sent in chunks past the limit are a 413 problem, normal ones go through. Same context as
 * {@link NotificationServiceTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notification.stream.heartbeat=1s", "notification.digest.cron=-",
        "notification.web-base-url=https://orientation.example"})
@RealInfrastructure
@Import(BoundaryFixtures.class)
class RequestBodyLimitsTest {

    private static final String PATH = "/api/notification-preferences";
    private static final List<Function<byte[], HttpRequest.BodyPublisher>> SENDINGS = List.of(
            TestBodies::announced, TestBodies::chunked);

    @LocalServerPort
    int port;

    private ServiceCalls calls;

    @BeforeEach
    void calls() {
        calls = new ServiceCalls(port);
    }

    @Test
    void tenMegabytesOfPreferencesAreA413ProblemWhetherAnnouncedOrChunked() {
        byte[] huge = TestBodies.jsonOfSize(10 * 1024 * 1024);
        for (Function<byte[], HttpRequest.BodyPublisher> sending : SENDINGS) {
            HttpResponse<String> response = put(TestJwts.secretary("s-" + UUID.randomUUID(), "55427"),
                    sending.apply(huge));

            assertThat(response.statusCode()).isEqualTo(413);
            ServiceCalls.assertProblem(response);
            JsonNode problem = ServiceCalls.json(response);
            assertThat(problem.path("type").asString()).endsWith("/payload-too-large");
            assertThat(problem.path("title").asString()).isEqualTo("Contenu trop volumineux");
            assertThat(problem.path("detail").asString()).contains("1 Mo");
        }
    }

    @Test
    void preferencesOfNormalSizeAreSavedWhetherAnnouncedOrChunked() {
        byte[] preferences = """
                {"kinds":[{"kind":"REFERRAL_ACCEPTED","channels":["in_app","email"],"delivery":"immediate"}]}"""
                .getBytes(StandardCharsets.UTF_8);
        for (Function<byte[], HttpRequest.BodyPublisher> sending : SENDINGS) {
            HttpResponse<String> response = put(TestJwts.secretary("s-" + UUID.randomUUID(), "55427"),
                    sending.apply(preferences));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        }
    }

    private HttpResponse<String> put(String token, HttpRequest.BodyPublisher body) {
        return calls.send(calls.request(PATH, token).header("Content-Type", "application/json").PUT(body));
    }
}
