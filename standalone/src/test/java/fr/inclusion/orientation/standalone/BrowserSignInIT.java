package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.Cookie;
import com.microsoft.playwright.options.HttpHeader;
import com.microsoft.playwright.options.RequestOptions;
import com.microsoft.playwright.options.SameSiteAttribute;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue [E] in a real browser (Debian's chromium driven by Playwright) against the running stack: the gateway is the
 * OIDC client (authorization code + PKCE) and keeps the tokens in its session (Redis); the browser holds only the
 * {@code SESSION} cookie. Sign-in through Keycloak's French login page, the API with the cookie alone, cross-origin
 * state changes refused, accessibility (axe-core, WCAG 2.1 AA), sign-out of both sessions, deep links kept across
 * the sign-in, the per-user rate limit, and sessions that outlive a gateway restart. Screenshots go to
 * {@code target/screenshots}.
 */
class BrowserSignInIT {

    private static final String GATEWAY = GatewaySignIn.GATEWAY;
    private static final String KEYCLOAK = System.getProperty("orientation.keycloak", "http://127.0.0.1:8180");
    private static final String LAUNCHER = System.getProperty("orientation.launcher", "");
    private static final String REALM = GatewaySignIn.REALM;
    private static final String AUTHORIZATION_ENDPOINT = REALM + "protocol/openid-connect/auth";
    /** A JWT's first two base64url parts (header and claims begin with {@code {"}, encoded {@code eyJ}). */
    private static final Pattern JWT = Pattern.compile("eyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}");
    private static final String FRANCE_SERVICES = "demo-revigny-france-services";
    private static final String ADMIN_HELP = "Aide aux démarches administratives";

    private static Playwright playwright;
    private static Browser browser;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private final JsonMapper json = JsonMapper.builder().build();

    @BeforeAll
    static void launch() {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
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

    @Test
    void theHomePageSignsInThroughKeycloakInFrenchWithPkceAndLeavesOnlyAnHttpOnlySessionCookie() throws Exception {
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = context.newPage();
            List<String> authorizationRequests = new CopyOnWriteArrayList<>();
            List<String> gatewayPaths = new CopyOnWriteArrayList<>();
            List<String> sessionCookiesSet = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.url().startsWith(AUTHORIZATION_ENDPOINT)) {
                    authorizationRequests.add(request.url());
                } else if (request.url().startsWith(GATEWAY) && request.isNavigationRequest()) {
                    gatewayPaths.add(URI.create(request.url()).getPath());
                }
            });
            page.onResponse(response -> {
                if (response.url().startsWith(GATEWAY)) {
                    for (HttpHeader header : response.headersArray()) {
                        if (header.name.equalsIgnoreCase("set-cookie") && header.value.startsWith("SESSION=")) {
                            sessionCookiesSet.add(header.value);
                        }
                    }
                }
            });

            page.navigate("/");
            GatewaySignIn.awaitLoginPage(page);

            // Keycloak's login page, in French
            assertThat(page.evaluate("() => document.documentElement.lang")).asString().startsWith("fr");
            assertThat(page.locator("body").innerText()).contains("Mot de passe");
            assertThat(page.locator("#kc-login").textContent().strip()).isIn("Connexion", "Se connecter");
            // the authorization code flow with PKCE (S256), started by the gateway, back to its callback
            assertThat(gatewayPaths).contains("/oauth2/authorization/keycloak");
            assertThat(authorizationRequests).isNotEmpty();
            Map<String, String> authorization = query(authorizationRequests.getFirst());
            assertThat(authorization).containsEntry("response_type", "code")
                    .containsEntry("code_challenge_method", "S256")
                    .containsEntry("redirect_uri", GATEWAY + "/login/oauth2/code/keycloak")
                    .containsKeys("state", "client_id");
            assertThat(authorization.get("code_challenge")).matches("[A-Za-z0-9_-]{43}");
            screenshots(page, "keycloak-login");

            GatewaySignIn.signIn(page, "secretaire.revigny");
            GatewaySignIn.awaitBackOnTheGateway(page);

            // her home page (/ sends a secretary to « Orienter un habitant »), in French, naming her
            assertThat(page.evaluate("() => document.documentElement.lang")).asString().startsWith("fr");
            assertThat(page.locator("body").innerText()).containsAnyOf("Claire Martin", "secretaire.revigny");
            screenshots(page, "home-secretary");

            // the session cookie: HttpOnly, SameSite=Lax, as set by the gateway and as the browser keeps it
            Cookie session = GatewaySignIn.sessionCookie(context);
            assertThat(session.httpOnly).as("SESSION is HttpOnly").isTrue();
            assertThat(session.sameSite).as("SESSION is SameSite=Lax").isEqualTo(SameSiteAttribute.LAX);
            assertThat(sessionCookiesSet).isNotEmpty().allSatisfy(header -> assertThat(header)
                    .containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax"));
            // no token anywhere the page or the browser profile could reach it
            for (Cookie cookie : GatewaySignIn.allGatewayCookies(context)) {
                assertThat(cookie.value).as("cookie %s", cookie.name).doesNotContainPattern(JWT);
            }
            Object storage = page.evaluate("() => JSON.stringify({local: {...localStorage}, "
                    + "session: {...sessionStorage}, cookie: document.cookie})");
            assertThat(storage).asString().doesNotContainPattern(JWT);
            assertThat(page.content()).doesNotContainPattern(JWT);

            // accessible: no WCAG 2.1 A/AA violation on the signed-in page
            List<Rule> violations = Browsers.accessibilityViolations(page);
            assertThat(violations).as(Browsers.describe(violations)).isEmpty();
        }
    }

    @Test
    void loginStartsTheSignIn() {
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = context.newPage();
            page.navigate("/login");
            GatewaySignIn.awaitLoginPage(page);
            assertThat(query(page.url()).getOrDefault("client_id", "gateway")).isEqualTo("gateway");
        }
    }

    @Test
    void theCookieAloneCallsTheApiAndAStateChangeFromAnotherOriginIsRefused() throws Exception {
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "secretaire.revigny");

            // from the page: fetch with the cookie alone (no Authorization header anywhere in the page)
            @SuppressWarnings("unchecked")
            Map<String, Object> list = (Map<String, Object>) page.evaluate("""
                    async () => {
                      const r = await fetch('/api/referrals');
                      return {status: r.status, type: r.headers.get('content-type') || '', body: await r.text()};
                    }""");
            assertThat(number(list.get("status"))).as(String.valueOf(list.get("body"))).isEqualTo(200);
            assertThat((String) list.get("type")).startsWith("application/json");

            // the same cookie, sent along by a page of another origin: refused before any change
            String body = referral(FRANCE_SERVICES, ADMIN_HELP, "55427");
            APIResponse evil = context.request().post("/api/referrals", RequestOptions.create()
                    .setHeader("Origin", "http://evil.example")
                    .setHeader("Content-Type", "application/json")
                    .setHeader("Idempotency-Key", UUID.randomUUID().toString())
                    .setData(body).setMaxRedirects(0));
            assertProblem(evil.status(), evil.headers().get("content-type"), evil.text(), 403);

            // the same request from the gateway's own page: created
            String key = UUID.randomUUID().toString();
            Map<String, Object> created = await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> sameOriginPost(page, "/api/referrals", body, key), r -> number(r.get("status")) == 201);
            String id = json.readTree((String) created.get("body")).get("id").asString();
            assertThat((String) created.get("location")).endsWith("/api/referrals/" + id);
        }
    }

    @Test
    void signingOutEndsTheGatewayAndTheKeycloakSessions() throws Exception {
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "secretaire.revigny");
            String oldSession = GatewaySignIn.sessionCookie(context).value;
            assertThat(apiWithCookie("/api/referrals", oldSession).statusCode()).isEqualTo(200);

            // GET /logout: a French page whose « Se déconnecter » button posts the form to /logout
            var shown = page.navigate("/logout");
            assertThat(shown.status()).isEqualTo(200);
            assertThat(page.evaluate("() => document.documentElement.lang")).asString().startsWith("fr");
            Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter"));
            assertThat(button.count()).isEqualTo(1);
            @SuppressWarnings("unchecked")
            Map<String, Object> form = (Map<String, Object>) button.evaluate(
                    "b => ({method: b.form ? b.form.method : '', action: b.form ? b.form.action : ''})");
            assertThat(form).containsEntry("method", "post").containsEntry("action", GATEWAY + "/logout");
            screenshots(page, "logout");

            List<String> afterwards = new CopyOnWriteArrayList<>();
            page.onRequest(request -> {
                if (request.isNavigationRequest()) {
                    afterwards.add(request.url());
                }
            });
            button.click();
            // back on / (the gateway), which sends to Keycloak's login form: nobody is signed in any more
            GatewaySignIn.awaitLoginPage(page);
            assertThat(afterwards).anySatisfy(url -> assertThat(url).matches(Pattern.quote(GATEWAY) + "/(\\?.*)?"));

            // the old cookie no longer opens the API
            HttpResponse<String> replayed = apiWithCookie("/api/referrals", oldSession);
            assertProblem(replayed.statusCode(), replayed.headers().firstValue("Content-Type").orElse(null),
                    replayed.body(), 401);

            // and Keycloak's session is gone too: / shows the login form again, no silent sign-in
            Page again = context.newPage();
            again.navigate("/");
            GatewaySignIn.awaitLoginPage(again);
        }
    }

    @Test
    void aDeepLinkIsWhereTheSignInLands() {
        String id = UUID.randomUUID().toString();
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = context.newPage();
            page.navigate("/orientations/" + id);
            GatewaySignIn.awaitLoginPage(page);
            GatewaySignIn.signIn(page, "secretaire.revigny");
            GatewaySignIn.awaitBackOnTheGateway(page);
            assertThat(URI.create(page.url()).getPath()).isEqualTo("/orientations/" + id);
        }
        // the venue's staff follow the same e-mail link to their own page of the referral
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = context.newPage();
            page.navigate("/orientations/" + id);
            GatewaySignIn.awaitLoginPage(page);
            GatewaySignIn.signIn(page, "lieu.franceservices");
            GatewaySignIn.awaitBackOnTheGateway(page);
            assertThat(URI.create(page.url()).getPath()).isEqualTo("/orientations-recues/" + id);
        }
    }

    @Test
    void oneUserAskingTooFastIsToldToSlowDownWithProblemDetails() throws Exception {
        String session;
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            GatewaySignIn.signedIn(context, "coord.meuse");
            session = GatewaySignIn.sessionCookie(context).value;
        }
        record Answer(int status, String contentType, String retryAfter, String body) {
        }
        List<Answer> answers = new ArrayList<>();
        // waves of 200 (the bucket's burst) until the limit answers: a loaded machine sends more slowly
        try (ExecutorService pool = Executors.newFixedThreadPool(32, Thread.ofVirtual().factory())) {
            for (int wave = 0; wave < 10 && answers.stream().noneMatch(a -> a.status() == 429); wave++) {
                List<Future<Answer>> pending = new ArrayList<>();
                for (int i = 0; i < 200; i++) {
                    pending.add(pool.submit(() -> {
                        HttpResponse<String> r = apiWithCookie("/api/venues?size=1", session);
                        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""),
                                r.headers().firstValue("Retry-After").orElse(null), r.body());
                    }));
                }
                for (Future<Answer> answer : pending) {
                    answers.add(answer.get(60, TimeUnit.SECONDS));
                }
            }
        }
        Map<Integer, Long> byStatus = answers.stream()
                .collect(Collectors.groupingBy(Answer::status, Collectors.counting()));
        assertThat(byStatus.keySet()).as("statuses %s", byStatus).allSatisfy(s -> assertThat(s).isLessThan(500));
        List<Answer> limited = answers.stream().filter(a -> a.status() == 429).toList();
        assertThat(limited).as("statuses %s", byStatus).isNotEmpty();
        assertThat(byStatus).containsKey(200);
        for (Answer answer : limited) {
            assertProblem(answer.status(), answer.contentType(), answer.body(), 429);
            assertThat(answer.retryAfter()).as("Retry-After").isNotBlank().matches("\\d+|.*GMT");
        }
    }

    @Test
    void theSessionOutlivesAGatewayRestart() throws Exception {
        assumeThat(!LAUNCHER.isBlank() && Files.isRegularFile(Path.of(LAUNCHER)))
                .as("-Dorientation.launcher names the launcher that runs the stack").isTrue();
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "secretaire.sommeilles");
            String session = GatewaySignIn.sessionCookie(context).value;
            assertThat(apiWithCookie("/api/referrals", session).statusCode()).isEqualTo(200);

            launcher("restart", "gateway");

            // the session lives in Redis, not in the gateway's memory
            HttpResponse<String> after = apiWithCookie("/api/referrals", session);
            assertThat(after.statusCode()).as(after.body()).isEqualTo(200);
            page.navigate("/");
            page.waitForLoadState();
            assertThat(page.url()).startsWith(GATEWAY);
            assertThat(page.locator("body").innerText()).containsAnyOf("Sophie Bernard", "secretaire.sommeilles");
        }
    }

    // ---- helpers ---------------------------------------------------------------------------------------------

    private static void screenshots(Page page, String name) throws Exception {
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name + "-desktop"))
                .setFullPage(true));
        page.setViewportSize(360, 740);
        page.screenshot(new Page.ScreenshotOptions().setPath(Browsers.screenshot(name + "-360"))
                .setFullPage(true));
        page.setViewportSize(1280, 800);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> sameOriginPost(Page page, String path, String body, String key) {
        return (Map<String, Object>) page.evaluate("""
                async ([path, body, key]) => {
                  const headers = {'Content-Type': 'application/json', 'Idempotency-Key': key};
                  const xsrf = document.cookie.split('; ').find(c => c.startsWith('XSRF-TOKEN='));
                  if (xsrf) headers['X-XSRF-TOKEN'] = decodeURIComponent(xsrf.substring('XSRF-TOKEN='.length));
                  const r = await fetch(path, {method: 'POST', headers, body});
                  return {status: r.status, location: r.headers.get('location') || '', body: await r.text()};
                }""", List.of(path, body, key));
    }

    private HttpResponse<String> apiWithCookie(String path, String session) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(GATEWAY + path)).timeout(Duration.ofSeconds(30))
                .header("Cookie", "SESSION=" + session).header("Accept", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private void assertProblem(int status, String contentType, String body, int expected) {
        assertThat(status).as(body).isEqualTo(expected);
        assertThat(contentType).as("Content-Type").startsWith("application/problem+json");
        JsonNode problem = json.readTree(body);
        assertThat(problem.get("status").asInt()).isEqualTo(expected);
        assertThat(problem.get("title").asString()).isNotBlank();
    }

    /** A JavaScript number as Playwright hands it over (Integer or Double). */
    private static int number(Object value) {
        return ((Number) value).intValue();
    }

    private static Map<String, String> query(String url) {
        Map<String, String> parameters = new LinkedHashMap<>();
        String raw = URI.create(url).getRawQuery();
        if (raw == null) {
            return parameters;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.putIfAbsent(name, value);
        }
        return parameters;
    }

    private static String referral(String venueId, String need, String commune) {
        Residents.sent("Jeanne", "+33600000000");
        return """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Jeanne","contact":{"channel":"phone","value":"+33600000000"},
                             "commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, need, commune);
    }

    private static void launcher(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", LAUNCHER));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).inheritIO().start();
        assertThat(process.waitFor(240, TimeUnit.SECONDS)).as("launcher %s finished", List.of(args)).isTrue();
        assertThat(process.exitValue()).as("launcher %s exit code", List.of(args)).isZero();
    }
}
