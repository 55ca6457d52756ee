package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import fr.inclusion.orientation.testsupport.TestHttp;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The running stack's public API as the browser journeys use it to set their scene and to check what a page shows:
 * demo users' tokens from Keycloak (the standalone realm's {@code cli} client), requests through the gateway, the
 * launcher, the local mail server's captured messages.
 */
final class StackApi {

    static final String GATEWAY = GatewaySignIn.GATEWAY;
    static final String LAUNCHER = System.getProperty("orientation.launcher", "../orientation");
    static final String MAIL_API = System.getProperty("orientation.mail-api", "http://127.0.0.1:8025");
    static final String FRANCE_SERVICES = "demo-revigny-france-services";
    static final String ADMIN_HELP = "Aide aux démarches administratives";
    static final String REVIGNY = "55427";
    /** The EPCI of Revigny-sur-Ornain, coord.revigny's territory. */
    static final String REVIGNY_EPCI = "245501184";

    private static final TestHttp GATEWAY_HTTP = TestHttp.at(GATEWAY);
    private static final JsonMapper JSON = TestHttp.JSON;

    private StackApi() {
    }

    /** A demo user's access token (password = username). */
    static String token(String username) throws Exception {
        String form = "client_id=cli&grant_type=password&username=" + enc(username) + "&password=" + enc(username);
        HttpResponse<String> response = TestHttp.at(GatewaySignIn.REALM + "protocol/openid-connect/token")
                .call("POST", "").body("application/x-www-form-urlencoded", form).send();
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return JSON.readTree(response.body()).get("access_token").asString();
    }

    static HttpResponse<String> get(String path, String token) throws Exception {
        return GATEWAY_HTTP.get(path, token);
    }

    static HttpResponse<byte[]> getBytes(String path, String token) throws Exception {
        return GATEWAY_HTTP.call("GET", path).token(token).sendForBytes();
    }

    /** GET that must answer 200 with JSON. */
    static JsonNode read(String path, String token) throws Exception {
        HttpResponse<String> response = get(path, token);
        assertThat(response.statusCode()).as("GET %s: %s", path, response.body()).isEqualTo(200);
        return JSON.readTree(response.body());
    }

    static HttpResponse<String> post(String path, String json, String token, String idempotencyKey)
            throws Exception {
        return GATEWAY_HTTP.call("POST", path).token(token).json(json).header("Idempotency-Key", idempotencyKey)
                .send();
    }

    /**
     * The secretary sends a resident of her commune to a venue; its id. The venue may still be on its way to
     * referral-service's read model (Kafka): the same idempotency key is retried until it is.
     */
    static String sendReferral(String secretaryToken, String venueId, String need, String firstName)
            throws Exception {
        String key = UUID.randomUUID().toString();
        Residents.sent(firstName, firstName.toLowerCase(java.util.Locale.ROOT) + "@exemple.fr");
        String body = """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"email","value":"%s@exemple.fr"},
                             "commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, need, firstName, firstName.toLowerCase(java.util.Locale.ROOT), REVIGNY);
        HttpResponse<String> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> post("/api/referrals", body, secretaryToken, key), r -> r.statusCode() == 201);
        return JSON.readTree(created.body()).get("id").asString();
    }

    /** A referral transition by its venue's staff: accept, decline {reason, message}, close {outcome}. */
    static void transition(String staffToken, String referralId, String action, String json) throws Exception {
        HttpResponse<String> response = post("/api/referrals/" + referralId + "/" + action, json, staffToken, null);
        assertThat(response.statusCode()).as("%s %s: %s", action, referralId, response.body()).isEqualTo(200);
    }

    /** The messages the local mail server captured whose text mentions the given string. */
    static List<JsonNode> mailsMentioning(String text) throws Exception {
        HttpResponse<String> response = TestHttp.at(MAIL_API).get("/messages", null);
        assertThat(response.statusCode()).isEqualTo(200);
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode message : JSON.readTree(response.body())) {
            if (message.toString().contains(text)) {
                found.add(message);
            }
        }
        return found;
    }

    /** Runs {@code ./orientation <args>} against the stack under test; it must succeed within 3 minutes. */
    static void launcher(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("launcher %s finished", List.of(args)).isTrue();
        assertThat(process.exitValue()).as("launcher %s exit code", List.of(args)).isZero();
    }

    static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

}
