package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import fr.inclusion.orientation.testsupport.TestHttp;

/**
 * End-to-end checks against a running standalone stack (./orientation test starts a fresh one on shifted ports):
 * real Keycloak tokens, through the real gateway. Base URLs come from the system properties
 * {@code orientation.gateway} and {@code orientation.keycloak}.
 */
class JourneyIT {

    static final String GATEWAY = property("orientation.gateway", "http://127.0.0.1:8080");
    static final String KEYCLOAK = property("orientation.keycloak", "http://127.0.0.1:8180");
    static final String TOKEN_ENDPOINT = KEYCLOAK + "/realms/orientation/protocol/openid-connect/token";

    static final JsonMapper json = TestHttp.JSON;

    @BeforeAll
    static void keycloakIssuesTokens() {
        // the stack is healthy when the launcher returns; this only absorbs a slow first realm request
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500)).ignoreExceptions()
                .until(() -> tokenResponse("secretaire.revigny").statusCode() == 200);
    }

    static Stream<Arguments> demoUsers() {
        return Stream.of(
                Arguments.of("secretaire.revigny", "6a1c9e0e-0001-4000-8000-000000000001", "secretary",
                        Map.of("communes", List.of("55427"))),
                Arguments.of("secretaire.sommeilles", "6a1c9e0e-0002-4000-8000-000000000002", "secretary",
                        Map.of("communes", List.of("55493"))),
                Arguments.of("lieu.franceservices", "6a1c9e0e-0003-4000-8000-000000000003", "venue_staff",
                        Map.of("venue_id", List.of("demo-revigny-france-services"))),
                Arguments.of("lieu.mediatheque", "6a1c9e0e-0004-4000-8000-000000000004", "venue_staff",
                        Map.of("venue_id", List.of("demo-revigny-mediatheque"))),
                Arguments.of("coord.revigny", "6a1c9e0e-0005-4000-8000-000000000005", "coordinator",
                        Map.of("territory", List.of("245501184"))),
                Arguments.of("coord.meuse", "6a1c9e0e-0006-4000-8000-000000000006", "coordinator",
                        Map.of("territory", List.of("55"))),
                Arguments.of("admin", "6a1c9e0e-0007-4000-8000-000000000007", "admin", Map.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("demoUsers")
    void keycloakTokensCarryTheRoleAndScopeClaimsTheServicesRead(String username, String id, String role,
            Map<String, List<String>> scope) {
        JsonNode claims = claimsOf(token(username));

        assertThat(claims.path("sub").asString()).isEqualTo(id);
        assertThat(claims.path("preferred_username").asString()).isEqualTo(username);
        assertThat(claims.path("iss").asString()).isEqualTo(KEYCLOAK + "/realms/orientation");
        assertThat(strings(claims.path("aud"))).contains("gateway");
        assertThat(strings(claims.path("roles"))).contains(role)
                .doesNotContainAnyElementsOf(otherRoles(role));
        scope.forEach((claim, values) -> assertThat(strings(claims.path(claim))).as(claim)
                .containsExactlyElementsOf(values));
        if (!role.equals("secretary")) {
            assertThat(strings(claims.path("communes"))).as("communes of a non-secretary").isEmpty();
        }
        if (!role.equals("venue_staff")) {
            assertThat(claims.has("venue_id")).as("venue_id of a non venue staff").isFalse();
        }
    }

    @Test
    void wrongPasswordGetsNoToken() throws Exception {
        HttpResponse<String> response = post(TOKEN_ENDPOINT, form(Map.of("grant_type", "password",
                "client_id", "cli", "username", "secretaire.revigny", "password", "not-the-password")));
        // RFC 6749 §5.2: a bad resource-owner password is invalid_grant, answered 400 (Keycloak 26 does so)
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(json.readTree(response.body()).path("error").asString()).isEqualTo("invalid_grant");
        assertThat(response.body()).doesNotContain("access_token");
    }

    @Test
    void theGatewayPublishesOneApiDocumentOfEveryService() throws Exception {
        HttpResponse<String> response = get(GATEWAY + "/api-docs", null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).contains("\"/api/venues/search\"").contains("\"/api/referrals\"")
                .contains("\"/api/flows\"").contains("\"/api/notifications\"")
                .contains("\"/api/notification-preferences\"").doesNotContain("x-unavailable");
    }

    @Test
    void referralsWithoutTokenAre401ProblemJson() throws Exception {
        HttpResponse<String> response = get(GATEWAY + "/api/referrals", null);

        TestHttp.assertProblem(response, 401);
    }

    @Test
    void referralsWithAForgedTokenAre401() throws Exception {
        String real = token("secretaire.revigny");
        String[] parts = real.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                        .replace("55427", "55493").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = get(GATEWAY + "/api/referrals",
                parts[0] + "." + forgedPayload + "." + parts[2]);

        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aSecretaryWithAKeycloakTokenGetsThroughTheGateway() throws Exception {
        HttpResponse<String> response = get(GATEWAY + "/api/referrals", token("secretaire.revigny"));

        JsonNode page = TestHttp.assertStatus(response, 200);
        assertThat(page.has("items")).as(response.body()).isTrue();
        assertThat(page.path("total").isNumber()).as(response.body()).isTrue();
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    static String token(String username) {
        HttpResponse<String> response = tokenResponse(username);
        assertThat(response.statusCode()).as("token for " + username + ": " + response.body()).isEqualTo(200);
        return json.readTree(response.body()).path("access_token").asString();
    }

    static HttpResponse<String> tokenResponse(String username) {
        try {
            return post(TOKEN_ENDPOINT, form(Map.of("grant_type", "password", "client_id", "cli",
                    "username", username, "password", username)));
        } catch (IOException e) {
            throw new IllegalStateException("Keycloak unreachable at " + TOKEN_ENDPOINT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode claimsOf(String jwt) {
        String[] parts = jwt.split("\\.");
        assertThat(parts).hasSize(3);
        return json.readTree(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    }

    /** A claim as a list: Keycloak writes a single audience as a plain string. */
    static List<String> strings(JsonNode claim) {
        List<String> values = new ArrayList<>();
        if (claim.isArray()) {
            claim.forEach(value -> values.add(value.asString()));
        } else if (claim.isString()) {
            values.add(claim.asString());
        }
        return values;
    }

    static List<String> otherRoles(String role) {
        return Stream.of("secretary", "venue_staff", "coordinator", "admin").filter(r -> !r.equals(role)).toList();
    }

    static HttpResponse<String> get(String url, String bearer) throws IOException, InterruptedException {
        return TestHttp.at(url).call("GET", "").token(bearer).header("Accept", "application/json").send();
    }

    static HttpResponse<String> post(String url, String formBody) throws IOException, InterruptedException {
        return TestHttp.at(url).call("POST", "").body("application/x-www-form-urlencoded", formBody).send();
    }

    static String form(Map<String, String> fields) {
        return new LinkedHashMap<>(fields).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /**
     * Runs {@code ./orientation <args>} against the stack under test (e.g. {@code "stop", "referral-service"} for a
     * fault test). The launcher reads the ports from the environment this JVM inherited from {@code ./orientation
     * test}; the state directory comes from {@code orientation.state}.
     */
    static int launcher(String... args) throws IOException, InterruptedException {
        String script = property("orientation.launcher", "");
        assertThat(script).as("system property orientation.launcher").isNotBlank();
        List<String> command = new ArrayList<>(List.of("bash", script));
        command.addAll(List.of(args));
        ProcessBuilder process = new ProcessBuilder(command).inheritIO();
        String state = property("orientation.state", "");
        if (!state.isBlank()) {
            process.environment().put("ORIENTATION_STATE", state);
        }
        return process.start().waitFor();
    }

    static String property(String name, String fallback) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? fallback : value.replaceAll("/+$", "");
    }
}
