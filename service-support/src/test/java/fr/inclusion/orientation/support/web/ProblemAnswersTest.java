package fr.inclusion.orientation.support.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.support.SupportTestApplication;
import fr.inclusion.orientation.testsupport.HostileCalls;
import fr.inclusion.orientation.testsupport.HostileInput.Body;
import fr.inclusion.orientation.testsupport.HostileInput.Headers;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the fuzz tests found, answered at the root for every service: Spring MVC's own refusals in French, a
 * content type that names no concrete type, an {@code Accept} the problem does not match or that does not parse,
 * a path the security firewall or Tomcat refuses before any controller. Each is a 4xx problem+json in French.
 */
class ProblemAnswersTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final Body THING = Body.json("{\"name\":\"chose\"}");

    private static HostileCalls service;

    @BeforeAll
    static void start() {
        service = HostileCalls.start(SupportTestApplication.class);
    }

    @AfterAll
    static void stop() {
        service.close();
    }

    @Test
    void anUnsupportedContentTypeIsA415InFrench() {
        JsonNode problem = problem(service.send("POST", "/api/things", ADMIN, THING.as("text/plain"), null), 415);
        assertThat(problem.path("title").asString()).isEqualTo("Type de contenu non pris en charge");
        assertThat(problem.path("detail").asString()).contains("application/json");
    }

    @Test
    void aWildcardOrUnparseableContentTypeIsA415NotA500() {
        problem(service.send("POST", "/api/things", ADMIN, THING.as("*/*"), null), 415);
        problem(service.send("POST", "/api/things", ADMIN, THING.as("application/*"), null), 415);
        problem(service.send("POST", "/api/things", ADMIN, THING.as("pas un type"), null), 415);
    }

    @Test
    void aFormBodyInInvalidUtf8IsA400NotA500() {
        byte[] bytes = {(byte) 0xC3, (byte) 0x28, '=', '1', '&', (byte) 0xFF, '=', '2'};
        JsonNode problem = problem(service.send("POST", "/api/things", ADMIN,
                new Body(bytes, "application/x-www-form-urlencoded", "invalid UTF-8 form"), null), 400);
        assertThat(problem.path("title").asString()).isEqualTo("Formulaire illisible");
    }

    @Test
    void anUnknownCharsetIsLeftToTheHandler() {
        HttpResponse<byte[]> response = service.send("POST", "/api/things", ADMIN,
                THING.as("application/json; charset=klingon"), null);
        assertThat(response.statusCode()).isNotEqualTo(500);
        HostileCalls.assertAnswered(response, "an unknown charset");
    }

    @Test
    void aProblemIsWrittenWhateverTheClientAccepts() {
        for (String accept : new String[] {"image/png", "text/csv", "pas/un/type", "application/xml"}) {
            Headers headers = new Headers(Optional.of(accept), Optional.empty());
            problem(service.send("POST", "/api/things", ADMIN, Body.json("{\"name\":\"\"}"), headers), 400);
            problem(service.send("GET", "/api/nowhere", ADMIN, null, headers), 404);
        }
    }

    @Test
    void aSuccessfulAnswerStillFollowsAnAcceptItMatches() {
        HttpResponse<byte[]> response = service.send("POST", "/api/things", ADMIN, THING,
                new Headers(Optional.of("application/json"), Optional.empty()));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
    }

    @Test
    void aMethodNotAllowedIsA405InFrench() {
        JsonNode problem = problem(service.send("DELETE", "/api/things", ADMIN, null, null), 405);
        assertThat(problem.path("title").asString()).isEqualTo("Méthode non autorisée");
    }

    @Test
    void aPathTheFirewallRefusesIsA400Problem() {
        problem(service.send("POST", "/api/things/%25", ADMIN, THING, null), 400);
        problem(service.send("POST", "/api/things/a%2F..%2Fb", ADMIN, THING, null), 400);
    }

    @Test
    void aPathTomcatRefusesIsA400Problem() {
        problem(service.send("POST", "/api/things/%00", ADMIN, THING, null), 400);
        problem(service.send("POST", "/api/things/a%5Cb", ADMIN, THING, null), 400);
    }

    private static JsonNode problem(HttpResponse<byte[]> response, int status) {
        String text = new String(response.body(), StandardCharsets.UTF_8);
        assertThat(response.statusCode()).as(text).isEqualTo(status);
        HostileCalls.assertAnswered(response, "the request");
        return JSON.readTree(text);
    }
}
