package fr.inclusion.orientation.venue.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestBodies;
import fr.inclusion.orientation.venue.VenueApi;

/**
 * The service's request body limit (1 MB by default) on a JSON endpoint, over real HTTP: a body announced or sent in
 * chunks past the limit is a 413 problem, a normal one goes through. Same context as {@link VenueServiceTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=true")
@RealInfrastructure
class RequestBodyLimitsTest {

    private static final int TEN_MEGABYTES = 10 * 1024 * 1024;

    @LocalServerPort
    int port;

    @Test
    void aTenMegabyteVenueIsA413ProblemWhetherAnnouncedOrChunked() throws Exception {
        byte[] huge = TestBodies.jsonOfSize(TEN_MEGABYTES);
        for (Function<byte[], HttpRequest.BodyPublisher> sending : List.<Function<byte[], HttpRequest.BodyPublisher>>of(
                TestBodies::announced, TestBodies::chunked)) {
            HttpResponse<String> response = post(sending.apply(huge));

            JsonNode problem = VenueApi.assertProblem(response, 413);
            assertThat(problem.path("type").asString()).endsWith("/payload-too-large");
            assertThat(problem.path("title").asString()).isEqualTo("Contenu trop volumineux");
            assertThat(problem.path("detail").asString()).contains("1 Mo");
        }
    }

    @Test
    void aVenueOfNormalSizeIsRegisteredWhetherAnnouncedOrChunked() throws Exception {
        for (Function<byte[], HttpRequest.BodyPublisher> sending : List.<Function<byte[], HttpRequest.BodyPublisher>>of(
                TestBodies::announced, TestBodies::chunked)) {
            byte[] venue = VenueApi.json(VenueApi.venue(VenueApi.newId())).getBytes(StandardCharsets.UTF_8);

            assertThat(post(sending.apply(venue)).statusCode()).isEqualTo(201);
        }
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws Exception {
        return TestHttp.send(TestHttp.onPort(port).request("/api/venues", VenueApi.ADMIN)
                .header("Content-Type", "application/json").POST(body));
    }
}
