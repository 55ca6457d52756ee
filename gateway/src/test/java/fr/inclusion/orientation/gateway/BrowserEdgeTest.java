package fr.inclusion.orientation.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.testsupport.TestJwts;
import reactor.core.publisher.Flux;

/**
 * The gateway's front door as a browser and a hostile page meet it, with a real Redis behind the sessions: sign-in
 * redirects (with PKCE), the remembered page, the Origin check on cookie requests, security headers, body limits,
 * token rules, and what the services never see (cookies).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
    "orientation.http.max-body-size=64KB",
    "orientation.http.max-import-size=256KB",
    "GATEWAY_PUBLIC_URL=https://orientation.example.fr",
    "OIDC_ISSUER_URI=http://127.0.0.1:8180/realms/orientation",
    "server.forward-headers-strategy=framework"
})
@AutoConfigureWebTestClient
@Import(TestGateway.TrustTestTokens.class)
class BrowserEdgeTest {

    static final RecordingDownstream downstream = RecordingDownstream.start();
    static final String SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");

    @DynamicPropertySource
    static void services(DynamicPropertyRegistry registry) {
        TestGateway.wire(registry, downstream);
    }


    @Autowired
    WebTestClient client;

    @BeforeEach
    void patientClient() {
        client = client.mutate().responseTimeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    static void stopDownstream() {
        downstream.close();
    }

    @Test
    void aPageLinkLeadsToKeycloakWithPkceAndIsRememberedInTheSession() {
        String page = "/orientations/" + UUID.randomUUID();
        var first = client.get().uri(page).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak")
                .expectBody().isEmpty();
        ResponseCookie session = first.getResponseCookies().getFirst("SESSION");
        assertThat(session).as("the session cookie").isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Lax");
        assertThat(session.isSecure()).as("plain HTTP: no Secure flag, or the browser would drop it").isFalse();

        String authorization = client.get().uri("/oauth2/authorization/keycloak")
                .cookie("SESSION", session.getValue())
                .exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseHeaders().getLocation().toString();
        assertThat(authorization).startsWith("http://127.0.0.1:8180/realms/orientation/protocol/openid-connect/auth?");
        Map<String, List<String>> query = UriComponentsBuilder.fromUriString(authorization).build().getQueryParams();
        assertThat(query.get("response_type")).containsExactly("code");
        assertThat(query.get("client_id")).containsExactly("gateway");
        assertThat(query.get("code_challenge_method")).containsExactly("S256");
        assertThat(query.get("code_challenge").getFirst()).matches("[A-Za-z0-9_-]{43}");
        assertThat(query.get("scope").getFirst()).contains("openid");
        assertThat(decode(query.get("redirect_uri").getFirst())).endsWith("/login/oauth2/code/keycloak");
        assertThat(query.get("state")).isNotEmpty();
        assertThat(query.get("ui_locales")).containsExactly("fr");
    }

    @Test
    void sessionCookieIsSecureBehindAnHttpsProxyAndHstsIsSent() {
        var result = client.get().uri("/orientations/" + UUID.randomUUID()).accept(MediaType.TEXT_HTML)
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Host", "orientation.example.fr")
                .exchange()
                .expectStatus().isFound()
                .expectHeader().value("Strict-Transport-Security",
                        hsts -> assertThat(hsts).contains("max-age=31536000"))
                .returnResult(Void.class);
        assertThat(result.getResponseCookies().getFirst("SESSION").isSecure()).isTrue();
    }

    @Test
    void loginStartsTheSignInAndLogoutAsksInFrenchBeforeSigningOut() {
        client.get().uri("/login").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/oauth2/authorization/keycloak");

        String page = client.get().uri("/logout").accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isOk()
                .expectHeader().contentTypeCompatibleWith(MediaType.TEXT_HTML)
                .expectBody(String.class).returnResult().getResponseBody();
        assertThat(page).contains("<html lang=\"fr\">", "<form method=\"post\" action=\"/logout\"",
                ">Se déconnecter</button>").doesNotContain("<script");
    }

    @Test
    void pagesAndTheirFormsGoToTheWebServiceWithTheUsersToken() {
        String page = "/orientations/" + UUID.randomUUID();
        client.get().uri(page).accept(MediaType.TEXT_HTML).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .exchange()
                .expectStatus().isOk();
        assertThat(downstream.find(page)).hasValueSatisfying(
                received -> assertThat(received.authorization()).isEqualTo("Bearer " + SECRETARY));
        String form = "/orientations/" + UUID.randomUUID() + "/annulation";
        client.post().uri(form).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("reason=erreur")
                .exchange()
                .expectStatus().isOk();
        assertThat(downstream.find(form)).hasValueSatisfying(received -> {
            assertThat(received.method()).isEqualTo("POST");
            assertThat(received.body()).isEqualTo("reason=erreur");
        });
        // the API's unknown paths stay API answers, never pages
        client.get().uri("/api/nothing-here").header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY).exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void signingOutWithoutASessionEndsOnTheRoot() {
        client.post().uri("/logout").header(HttpHeaders.ORIGIN, "http://localhost").exchange()
                .expectStatus().isFound()
                .expectHeader().location("/");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/referrals", "/api/venues/" + "x"})
    void apiCallsWithoutSignInAreNeverRedirected(String path) {
        client.get().uri(path).accept(MediaType.TEXT_HTML, MediaType.APPLICATION_JSON).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aScriptAskingForAPageWithoutSignInGetsAProblemNotARedirect() {
        client.get().uri("/orientations/abc").accept(MediaType.ALL).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aCookieRequestChangingStateFromAnotherSiteIsRefused() {
        String session = sessionCookie();
        String path = "/api/referrals/" + UUID.randomUUID();
        client.post().uri(path).cookie("SESSION", session)
                .header(HttpHeaders.ORIGIN, "http://evil.example")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/cross-site-request")
                .jsonPath("$.title").isEqualTo("Requête d'un autre site refusée");
        // no Origin and no Referer: refused too
        client.delete().uri(path).cookie("SESSION", session).exchange()
                .expectStatus().isForbidden();
        // a Referer from elsewhere: refused
        client.put().uri(path).cookie("SESSION", session).header(HttpHeaders.REFERER, "http://evil.example/page")
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                .expectStatus().isForbidden();
        assertThat(downstream.all(path)).isEmpty();
    }

    @Test
    void aCookieRequestFromOurOwnOriginsPassesTheOriginCheck() {
        String session = sessionCookie();
        // passes the Origin check, then meets authentication: this session has not signed in
        for (String origin : List.of("https://orientation.example.fr", "http://localhost")) {
            client.post().uri("/api/referrals").cookie("SESSION", session)
                    .header(HttpHeaders.ORIGIN, origin)
                    .header(HttpHeaders.HOST, "localhost")
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{}")
                    .exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        assertSecurityHeaders(client.get().uri("/api/venues/" + UUID.randomUUID())
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY).exchange().expectStatus().isOk());
        assertSecurityHeaders(client.get().uri("/logout").exchange().expectStatus().isOk());
        assertSecurityHeaders(client.get().uri("/api/referrals").exchange().expectStatus().isUnauthorized());
    }

    private static void assertSecurityHeaders(WebTestClient.ResponseSpec response) {
        response.expectHeader().value("Content-Security-Policy", csp -> assertThat(csp)
                        .contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'none'",
                                "object-src 'none'", "form-action 'self' http://127.0.0.1:8180")
                        .doesNotContain("unsafe-inline", "unsafe-eval"))
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY")
                .expectHeader().valueEquals("Referrer-Policy", "strict-origin-when-cross-origin")
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void aBodyOverTheLimitIsRefusedBeforeTheService() {
        String path = "/api/referrals/" + UUID.randomUUID();
        client.post().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(jsonOf(65 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("https://orientation-numerique.fr/problems/payload-too-large")
                .jsonPath("$.title").isEqualTo("Contenu trop volumineux")
                .jsonPath("$.detail").isEqualTo("Le corps de la requête dépasse la taille maximale acceptée (64 Ko).");
        assertThat(downstream.all(path)).isEmpty();
    }

    @Test
    void aTenMegabyteBodyIsRefusedWithoutAnyLimitConfiguredByTheTest() {
        client.post().uri("/api/referrals").header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(jsonOf(10 * 1024 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
    }

    @Test
    void aChunkedBodyIsCountedAsItStreams() {
        byte[] chunk = new byte[16 * 1024];
        Arrays.fill(chunk, (byte) ' ');
        Flux<DataBuffer> body = Flux.range(0, 8).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(chunk.clone()));
        client.post().uri("/api/referrals/" + UUID.randomUUID()).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .contentType(MediaType.APPLICATION_JSON).body(body, DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.status").isEqualTo(413);
    }

    @Test
    void importsHaveTheirOwnLimit() {
        String fits = jsonOf(200 * 1024);
        client.post().uri("/api/venues/import").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.admin("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(fits)
                .exchange()
                .expectStatus().isOk();
        assertThat(downstream.find("/api/venues/import")).hasValueSatisfying(
                received -> assertThat(received.body()).hasSize(fits.length()));
        client.post().uri("/api/territory/contours")
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.admin("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(fits)
                .exchange()
                .expectStatus().isOk();
        // the administration's file forms (web relays the file to venue-service) take the import limit too
        for (String form : List.of("/administration/import-lieux", "/administration/import-fragilite",
                "/administration/import-contours")) {
            client.post().uri(form).header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.admin("admin"))
                    .contentType(MediaType.APPLICATION_JSON).bodyValue(fits)
                    .exchange()
                    .expectStatus().isOk();
            assertThat(downstream.find(form)).hasValueSatisfying(
                    received -> assertThat(received.body()).hasSize(fits.length()));
        }
        client.post().uri("/api/territory/fragility").header(HttpHeaders.AUTHORIZATION, "Bearer " + TestJwts.admin("admin"))
                .contentType(MediaType.APPLICATION_JSON).bodyValue(jsonOf(257 * 1024))
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectBody()
                .jsonPath("$.title").isEqualTo("Fichier trop volumineux")
                .jsonPath("$.detail").value(detail -> assertThat((String) detail)
                        .startsWith("Le fichier dépasse la taille maximale acceptée (256 Ko)"));
    }

    @Test
    void servicesNeverReceiveTheBrowsersCookies() {
        String path = "/api/venues/" + UUID.randomUUID();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + SECRETARY)
                .cookie("SESSION", "anything").cookie("tracking", "x")
                .exchange()
                .expectStatus().isOk();
        assertThat(downstream.find(path)).hasValueSatisfying(received -> {
            assertThat(received.cookie()).isNull();
            assertThat(received.authorization()).isEqualTo("Bearer " + SECRETARY);
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"aud", "typ"})
    void onlyAccessTokensMeantForUsAreAccepted(String claim) {
        String token = claim.equals("aud") ? TestJwts.otherAudience("admin", "account") : TestJwts.idToken("admin");
        String path = "/api/venues/" + UUID.randomUUID();
        client.get().uri(path).header(HttpHeaders.AUTHORIZATION, "Bearer " + token).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueEquals(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
        assertThat(downstream.find(path)).isEmpty();
    }

    /** A session as a browser gets it on its first visit (not signed in). */
    private String sessionCookie() {
        return client.get().uri("/orientations/" + UUID.randomUUID()).accept(MediaType.TEXT_HTML).exchange()
                .expectStatus().isFound()
                .returnResult(Void.class).getResponseCookies().getFirst("SESSION").getValue();
    }

    private static String jsonOf(int bytes) {
        StringBuilder json = new StringBuilder(bytes).append("{\"note\":\"");
        while (json.length() < bytes - 2) {
            json.append('a');
        }
        return json.append("\"}").toString();
    }

    private static String decode(String value) {
        return java.net.URLDecoder.decode(value, StandardCharsets.UTF_8);
    }

}
