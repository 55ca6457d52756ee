package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Playwright;

import fr.inclusion.orientation.testsupport.AuthorizationMatrix;
import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestCallers.Who;
import tools.jackson.databind.json.JsonMapper;

/**
 * The authorization matrix's cookie path: its read rows (GET) replayed through the gateway with nothing but the
 * session cookie of each demo user, signed in through Keycloak's login page in a real browser — the tokens the
 * services then see are the ones the gateway keeps and relays. The matrix's callers are the demo realm's users
 * (TestCallers); its coordinator of another territory has no demo account, and rows needing a fixture this run does
 * not create (proposals, import jobs, notifications…) are reported as skipped; the services' own matrix tests run
 * every row.
 */
class GatewaySessionMatrixIT {

    private static final String FRANCE_SERVICES = "demo-revigny-france-services";
    private static final String MEDIATHEQUE = "demo-revigny-mediatheque";
    private static final String ADMIN_HELP = "Aide aux démarches administratives";
    private static final String OPERATOR_PATHS = "/api/admin/";
    private static final Map<Who, String> DEMO_USERS = Map.of(
            Who.SECRETARY_OF_COMMUNE, "secretaire.revigny",
            Who.SECRETARY_OF_OTHER_COMMUNE, "secretaire.sommeilles",
            Who.STAFF_OF_VENUE, "lieu.franceservices",
            Who.STAFF_OF_OTHER_VENUE, "lieu.mediatheque",
            Who.COORDINATOR_OF_TERRITORY, "coord.revigny",
            Who.ADMIN, "admin");

    private static Playwright playwright;
    private static Browser browser;
    private static final Map<Who, String> sessions = new EnumMap<>(Who.class);

    @BeforeAll
    static void signEveryoneIn() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        DEMO_USERS.forEach((who, username) -> {
            try (BrowserContext context = GatewaySignIn.newContext(browser)) {
                GatewaySignIn.signedIn(context, username);
                sessions.put(who, GatewaySignIn.sessionCookie(context).value);
            }
        });
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @TestFactory
    Stream<DynamicNode> everyReadAnswersEachSignedInCallerAsTheTableSays() throws Exception {
        String resident = Residents.sent("Matrice" + UUID.randomUUID().toString().substring(0, 8), "+33600000000");
        String referral = sendReferral(resident);
        importContours();
        // each service's operator endpoints (/api/admin/…, dead letters) answer on its own port, not through the
        // gateway: theOperatorsEndpointsAreNotPublic
        return AuthorizationMatrix.throughGateway(row -> row.method().equals("GET")
                        && !row.path().startsWith(OPERATOR_PATHS))
                .at(GatewaySignIn.GATEWAY)
                .signedWith(GatewaySessionMatrixIT::cookieOf)
                .fixture("venue", FRANCE_SERVICES)
                .fixture("otherVenue", MEDIATHEQUE)
                .fixture("need", ADMIN_HELP)
                .fixture("resident", resident)
                .fixture("referral", referral)
                .rowTests();
    }

    @org.junit.jupiter.api.Test
    void theOperatorsEndpointsAreNotPublic() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create(GatewaySignIn.GATEWAY + OPERATOR_PATHS + "dead-letters"))
                .header("Cookie", "SESSION=" + sessions.get(Who.ADMIN)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(404);
    }

    private static Optional<Map<String, String>> cookieOf(Who who) {
        if (who == Who.ANONYMOUS) {
            return Optional.of(Map.of());
        }
        return Optional.ofNullable(sessions.get(who)).map(session -> Map.of("Cookie", "SESSION=" + session));
    }

    /** The administrator imports the communes' contours of Meuse (../shared/data), as the map needs them. */
    private static void importContours() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(GatewaySignIn.GATEWAY + "/api/territory/contours"))
                .timeout(Duration.ofSeconds(120))
                .header("Cookie", "SESSION=" + sessions.get(Who.ADMIN))
                .header("Origin", GatewaySignIn.GATEWAY)
                .header("Content-Type", "application/geo+json")
                .POST(HttpRequest.BodyPublishers.ofFile(SharedData.file("meuse-communes.geojson")))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(JsonMapper.builder().build().readTree(response.body()).get("imported").asInt()).isEqualTo(499);
    }

    /** The secretary sends a resident to France Services from her browser session (same-origin POST). */
    private static String sendReferral(String resident) throws Exception {
        String body = """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"phone","value":"+33600000000"},"commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(FRANCE_SERVICES, ADMIN_HELP, resident, TestCallers.COMMUNE);
        HttpRequest request = HttpRequest.newBuilder(URI.create(GatewaySignIn.GATEWAY + "/api/referrals"))
                .timeout(Duration.ofSeconds(30))
                .header("Cookie", "SESSION=" + sessions.get(Who.SECRETARY_OF_COMMUNE))
                .header("Origin", GatewaySignIn.GATEWAY)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return JsonMapper.builder().build().readTree(response.body()).get("id").asString();
    }
}
