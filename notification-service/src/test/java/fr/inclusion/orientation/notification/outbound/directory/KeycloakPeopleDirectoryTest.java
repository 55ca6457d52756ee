package fr.inclusion.orientation.notification.outbound.directory;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.containing;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;

import fr.inclusion.orientation.notification.outbound.Contact;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * The directory against a WireMock standing in for Keycloak's HTTP API (token endpoint and admin REST API), the
 * boundary of this service; the real Keycloak is exercised end to end.
 */
class KeycloakPeopleDirectoryTest {

    private static final String TOKEN_PATH = "/realms/orientation/protocol/openid-connect/token";
    private static final String USERS_PATH = "/admin/realms/orientation/users";
    private static final String JULIEN = """
            {"id":"6a1c9e0e-0003-4000-8000-000000000003","username":"lieu.franceservices","firstName":"Julien",
             "lastName":"Petit","email":"lieu.franceservices@demo.orientation-numerique.fr","enabled":true,
             "emailVerified":true,"createdTimestamp":1700000000000,
             "attributes":{"venue_id":["demo-revigny-france-services"],"phone_number":["+33639980003"],
                           "demo_account":["true"]}}""";
    private static final String DISABLED = """
            {"id":"u-disabled","username":"ancien.agent","firstName":"Ancien","lastName":"Agent",
             "email":"ancien@demo.orientation-numerique.fr","enabled":false,
             "attributes":{"venue_id":["demo-revigny-france-services"]}}""";
    private static final String OTHER_VENUE = """
            {"id":"u-other","username":"autre","firstName":"Autre","lastName":"Lieu","enabled":true,
             "attributes":{"venue_id":["demo-revigny-france-services-annexe"]}}""";

    private static WireMockServer keycloak;
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();

    @BeforeAll
    static void start() {
        keycloak = new WireMockServer(options().bindAddress("127.0.0.1").dynamicPort());
        keycloak.start();
    }

    @AfterAll
    static void stop() {
        keycloak.stop();
    }

    @BeforeEach
    void reset() {
        keycloak.resetAll();
        keycloak.stubFor(post(urlEqualTo(TOKEN_PATH))
                .withRequestBody(containing("grant_type=client_credentials"))
                .withRequestBody(containing("client_id=notification-service"))
                .withRequestBody(containing("client_secret=secret-de-test"))
                .willReturn(okJson("{\"access_token\":\"jeton-de-service\",\"expires_in\":300,\"token_type\":\"Bearer\"}")));
    }

    @Test
    void venueStaffAreReadWithTheServiceAccountsToken() {
        stubUsers("venue_id:demo-revigny-france-services", "[" + JULIEN + "," + DISABLED + "," + OTHER_VENUE + "]");

        assertThat(directory(Duration.ofMinutes(5), Duration.ofSeconds(30)).venueStaff("demo-revigny-france-services"))
                .as("enabled users whose venue_id is exactly this venue")
                .containsExactly(new Contact("6a1c9e0e-0003-4000-8000-000000000003", "Julien Petit",
                        "lieu.franceservices@demo.orientation-numerique.fr", "+33639980003"));
        keycloak.verify(getRequestedFor(urlPathEqualTo(USERS_PATH))
                .withHeader("Authorization", equalTo("Bearer jeton-de-service"))
                .withQueryParam("briefRepresentation", equalTo("false")));
    }

    @Test
    void answersAreCachedForTheirTimeToLive() {
        stubUsers("venue_id:demo-revigny-mediatheque", "[]");
        stubUsers("venue_id:demo-revigny-france-services", "[" + JULIEN + "]");
        KeycloakPeopleDirectory directory = directory(Duration.ofMillis(300), Duration.ofSeconds(30));

        directory.venueStaff("demo-revigny-france-services");
        directory.venueStaff("demo-revigny-france-services");
        directory.venueStaff("demo-revigny-mediatheque");
        directory.venueStaff("demo-revigny-mediatheque");

        keycloak.verify(2, getRequestedFor(urlPathEqualTo(USERS_PATH)));
        keycloak.verify(1, postRequestedFor(urlEqualTo(TOKEN_PATH)));
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            directory.venueStaff("demo-revigny-france-services");
            keycloak.verify(3, getRequestedFor(urlPathEqualTo(USERS_PATH)));
        });
    }

    @Test
    void coordinatorsOfTheEpciAndOfTheDepartementAreMergedOnce() {
        String coordEpci = """
                {"id":"c-epci","username":"coord.revigny","firstName":"Nicolas","lastName":"Richard",
                 "email":"coord.revigny@demo.orientation-numerique.fr","enabled":true,
                 "attributes":{"territory":["245501184"]}}""";
        String coordDept = """
                {"id":"c-dept","username":"coord.meuse","firstName":"Isabelle","lastName":"Durand",
                 "email":"coord.meuse@demo.orientation-numerique.fr","enabled":true,
                 "attributes":{"territory":["55"]}}""";
        stubUsers("territory:245501184", "[" + coordEpci + "]");
        stubUsers("territory:55", "[" + coordDept + "]");

        assertThat(directory(Duration.ofMinutes(5), Duration.ofSeconds(30)).coordinators("245501184", "55"))
                .extracting(Contact::userId, Contact::displayName, Contact::phone)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("c-epci", "Nicolas Richard", null),
                        org.assertj.core.groups.Tuple.tuple("c-dept", "Isabelle Durand", null));
        assertThat(directory(Duration.ofMinutes(5), Duration.ofSeconds(30)).coordinators(null, "55"))
                .extracting(Contact::userId).containsExactly("c-dept");
    }

    @Test
    void personIsReadByIdAndAnUnknownIdIsNobody() {
        keycloak.stubFor(get(urlEqualTo(USERS_PATH + "/6a1c9e0e-0003-4000-8000-000000000003")).willReturn(okJson(JULIEN)));
        keycloak.stubFor(get(urlEqualTo(USERS_PATH + "/inconnu")).willReturn(aResponse().withStatus(404)
                .withHeader("Content-Type", "application/json").withBody("{\"error\":\"User not found\"}")));
        KeycloakPeopleDirectory directory = directory(Duration.ofMinutes(5), Duration.ofSeconds(30));

        assertThat(directory.person("6a1c9e0e-0003-4000-8000-000000000003")).map(Contact::email)
                .contains("lieu.franceservices@demo.orientation-numerique.fr");
        assertThat(directory.person("inconnu")).isEmpty();
        assertThat(directory.breakerState()).as("a 404 is an answer, not a failure")
                .isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void idsThatCannotBeAVenueOrAUserAreNobodyWithoutAsking() {
        KeycloakPeopleDirectory directory = directory(Duration.ofMinutes(5), Duration.ofSeconds(30));

        assertThat(directory.venueStaff("x venue_id:autre")).isEmpty();
        assertThat(directory.person("../../roles")).isEmpty();
        assertThat(directory.coordinators("", null)).isEmpty();
        assertThat(keycloak.getAllServeEvents()).isEmpty();
    }

    @Test
    void keycloakDownAnswersNobodyAndOpensTheBreakerThenRecovers() {
        keycloak.stubFor(get(urlPathMatching(USERS_PATH + ".*")).willReturn(aResponse().withStatus(503)));
        KeycloakPeopleDirectory directory = directory(Duration.ofMinutes(5), Duration.ofMillis(500));

        assertThat(directory.venueStaff("venue-a")).isEmpty();
        assertThat(directory.venueStaff("venue-b")).isEmpty();
        assertThat(directory.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
        int callsWhenOpened = keycloak.getAllServeEvents().size();

        assertThat(directory.venueStaff("venue-c")).isEmpty();
        assertThat(directory.person("6a1c9e0e-0003-4000-8000-000000000003")).isEmpty();
        assertThat(keycloak.getAllServeEvents()).as("an open breaker does not call Keycloak").hasSize(callsWhenOpened);
        assertThat(meters.get("resilience4j.circuitbreaker.state").tag("state", "open").gauge().value())
                .isEqualTo(1.0);

        // Keycloak is back: after the open period, the next lookup goes through and nothing was cached meanwhile
        keycloak.resetAll();
        reset();
        stubUsers("venue_id:venue-a", "[" + JULIEN.replace("demo-revigny-france-services", "venue-a") + "]");
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> !directory.venueStaff("venue-a").isEmpty());
        assertThat(directory.breakerState()).isEqualTo(CircuitBreaker.State.CLOSED);
    }

    @Test
    void unreachableKeycloakAnswersNobody() throws Exception {
        int closedPort;
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        KeycloakPeopleDirectory directory = new KeycloakPeopleDirectory(properties(
                URI.create("http://127.0.0.1:" + closedPort), Duration.ofMinutes(5), Duration.ofSeconds(30)), meters,
                ObservationRegistry.NOOP, Clock.systemUTC());

        assertThat(directory.venueStaff("demo-revigny-france-services")).isEmpty();
        assertThat(directory.coordinators("245501184", "55")).isEmpty();
        assertThat(directory.breakerState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void revokedTokenIsReplacedOnTheRetry() {
        keycloak.stubFor(get(urlPathEqualTo(USERS_PATH)).inScenario("revoked")
                .whenScenarioStateIs(Scenario.STARTED)
                .willReturn(aResponse().withStatus(401))
                .willSetStateTo("renewed"));
        keycloak.stubFor(get(urlPathEqualTo(USERS_PATH)).inScenario("revoked")
                .whenScenarioStateIs("renewed")
                .willReturn(okJson("[" + JULIEN + "]")));

        assertThat(directory(Duration.ofMinutes(5), Duration.ofSeconds(30)).venueStaff("demo-revigny-france-services"))
                .hasSize(1);
        keycloak.verify(2, postRequestedFor(urlEqualTo(TOKEN_PATH)));
    }

    private void stubUsers(String query, String body) {
        keycloak.stubFor(get(urlPathEqualTo(USERS_PATH)).withQueryParam("q", equalTo(query)).willReturn(okJson(body)));
    }

    private KeycloakPeopleDirectory directory(Duration cacheTtl, Duration openFor) {
        return new KeycloakPeopleDirectory(properties(URI.create("http://127.0.0.1:" + keycloak.port()), cacheTtl, openFor), meters,
                ObservationRegistry.NOOP, Clock.systemUTC());
    }

    private static DirectoryProperties properties(URI url, Duration cacheTtl, Duration openFor) {
        return new DirectoryProperties(url, "orientation", "notification-service", "secret-de-test", cacheTtl, 1000,
                Duration.ofMillis(500), Duration.ofSeconds(2), 200,
                new DirectoryProperties.Retry(3, Duration.ofMillis(20)),
                new DirectoryProperties.Breaker(10, 5, 50, openFor));
    }
}
