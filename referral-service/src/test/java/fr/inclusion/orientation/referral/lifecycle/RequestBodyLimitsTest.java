package fr.inclusion.orientation.referral.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestBodies;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/**
 * The service's request body limit (1 MB by default) over real HTTP: a referral body announced or sent in chunks
 * past the limit is a 413 problem, never read whole; a normal one goes through either way.
 */
class RequestBodyLimitsTest extends RunningReferralService {

    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", REVIGNY);
    private static final List<Function<byte[], HttpRequest.BodyPublisher>> SENDINGS = List.of(
            TestBodies::announced, TestBodies::chunked);

    @Test
    void aTenMegabyteReferralIsA413ProblemWhetherAnnouncedOrChunked() throws Exception {
        byte[] huge = TestBodies.jsonOfSize(10 * 1024 * 1024);
        for (Function<byte[], HttpRequest.BodyPublisher> sending : SENDINGS) {
            HttpResponse<String> response = postReferral(sending.apply(huge));

            assertProblem(response, 413);
            JsonNode problem = json(response);
            assertThat(problem.get("type").asString()).endsWith("/payload-too-large");
            assertThat(problem.get("title").asString()).isEqualTo("Contenu trop volumineux");
            assertThat(problem.get("detail").asString()).contains("1 Mo");
        }
    }

    @Test
    void aReferralOfNormalSizeIsSentWhetherAnnouncedOrChunked() throws Exception {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        for (Function<byte[], HttpRequest.BodyPublisher> sending : SENDINGS) {
            String body = """
                    {"venueId":"%s","need":"%s",
                     "resident":{"firstName":"Odette","contact":{"channel":"phone","value":"06 12 34 56 78"},
                                 "commune":"%s"},
                     "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                    """.formatted(venue, ADMIN_HELP, REVIGNY);

            HttpResponse<String> response = postReferral(sending.apply(body.getBytes(StandardCharsets.UTF_8)));

            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }
    }

    private HttpResponse<String> postReferral(HttpRequest.BodyPublisher body) throws Exception {
        return TestHttp.send(TestHttp.onPort(port).request("/api/referrals", SECRETARY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(body));
    }
}
