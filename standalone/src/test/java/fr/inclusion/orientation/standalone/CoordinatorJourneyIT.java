package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import tools.jackson.databind.JsonNode;

/**
 * Issue [G] for the coordinators, in a real browser against the running stack: {@code coord.revigny} (an EPCI) and
 * {@code coord.meuse} (the département) see on their dashboard the figures the flows API gives for referrals this
 * test sends, accepts and declines; the map draws the communes of their territory from the imported contours and
 * shows where a need is out of reach; and the EPCI's coordinator sees nothing of another EPCI on any of her screens
 * or in her export. Every page passes axe-core (no serious or critical violation), has no horizontal scroll at
 * 360 px and is photographed under {@code target/screenshots/}.
 */
class CoordinatorJourneyIT {

    /** No demo venue offers it: every commune is out of its reach. */
    private static final String UNOFFERED_NEED = "Acquisition de matériel informatique à prix solidaire";

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launch() throws Exception {
        playwright = Browsers.playwright();
        browser = Browsers.chromium(playwright);
        importMeuseContours();
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
    void bothCoordinatorsDashboardsShowWhatTheFlowsApiCountsForTheReferralsJustSent() throws Exception {
        String revigny = StackApi.token("coord.revigny");
        String meuse = StackApi.token("coord.meuse");
        long sentBefore = totals(revigny, StackApi.REVIGNY_EPCI).path("sent").asLong();
        long acceptedBefore = totals(revigny, StackApi.REVIGNY_EPCI).path("accepted").asLong();
        long declinedBefore = totals(revigny, StackApi.REVIGNY_EPCI).path("declined").asLong();

        // three residents of Revigny sent to France Services: one accepted, one declined, one waiting
        String secretary = StackApi.token("secretaire.revigny");
        String staff = StackApi.token("lieu.franceservices");
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String accepted = StackApi.sendReferral(secretary, StackApi.FRANCE_SERVICES, StackApi.ADMIN_HELP, "Tab" + tag);
        String declined = StackApi.sendReferral(secretary, StackApi.FRANCE_SERVICES, StackApi.ADMIN_HELP, "Bord" + tag);
        StackApi.sendReferral(secretary, StackApi.FRANCE_SERVICES, StackApi.ADMIN_HELP, "Attente" + tag);
        StackApi.transition(staff, accepted, "accept", "");
        StackApi.transition(staff, declined, "decline", "{\"reason\":\"session-complete\"}");
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(500)).until(() -> {
            JsonNode totals = totals(revigny, StackApi.REVIGNY_EPCI);
            return totals.path("sent").asLong() >= sentBefore + 3
                    && totals.path("accepted").asLong() >= acceptedBefore + 1
                    && totals.path("declined").asLong() >= declinedBefore + 1;
        });

        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "coord.revigny");
            assertThat(URI.create(page.url()).getPath()).isEqualTo("/tableau-de-bord");
            assertDashboardMatchesTheApi(page, revigny, StackApi.REVIGNY_EPCI);
            Browsers.checkPage(page, "coordinator-revigny-dashboard");

            // her communes' table and her export name only communes of her EPCI
            Set<String> epciNames = communeNames(revigny, StackApi.REVIGNY_EPCI);
            assertThat(epciNames).contains("Revigny-sur-Ornain").hasSizeLessThan(499);
            List<String> listed = page.locator("#communes tbody th[scope=row]").allInnerTexts();
            assertThat(listed).contains("Revigny-sur-Ornain");
            assertThat(epciNames).containsAll(listed);
            String exportHref = page.locator("#export-csv").getAttribute("href");
            assertThat(exportHref).contains("territory=" + StackApi.REVIGNY_EPCI);
            byte[] export = page.request().get(exportHref).body();
            assertThat(export).startsWith(0xEF, 0xBB, 0xBF);
            String csv = new String(export, StandardCharsets.UTF_8);
            assertThat(csv.lines().findFirst().orElseThrow()).contains(";");
            // the same export by commune (INSEE codes): no commune outside her EPCI
            byte[] byCommune = page.request().get(exportHref.replace("groupBy=week", "groupBy=commune")).body();
            List<String> exportedCommunes = new String(byCommune, StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.substring(0, line.indexOf(';'))).filter(code -> !code.equals("total"))
                    .toList();
            Set<String> epciCodes = communeCodes(revigny, StackApi.REVIGNY_EPCI);
            assertThat(exportedCommunes).contains(StackApi.REVIGNY);
            assertThat(epciCodes).hasSizeLessThan(499).containsAll(exportedCommunes);
            // she may not ask for the département's figures, on screen or in an export
            assertThat(page.request().get("/api/flows/export?format=csv&territory=55").status()).isEqualTo(403);
            assertThat(page.request().get("/api/flows?territory=55").status()).isEqualTo(403);
        }

        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "coord.meuse");
            assertThat(URI.create(page.url()).getPath()).isEqualTo("/tableau-de-bord");
            assertDashboardMatchesTheApi(page, meuse, "55");
            assertThat(number(page, "#total-envoyees"))
                    .isGreaterThanOrEqualTo(totals(revigny, StackApi.REVIGNY_EPCI).path("sent").asLong());
            Browsers.checkPage(page, "coordinator-meuse-dashboard");
        }
    }

    @Test
    void theMapDrawsTheTerritorysCommunesAndWhereANeedIsOutOfReach() throws Exception {
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "coord.meuse");
            page.navigate("/carte");
            page.locator("#carte").waitFor();
            assertThat(codesOn(page.locator("#carte path.carte-commune[data-code]"))).hasSize(499);
            assertThat(page.locator("#communes-carte tbody tr[data-code]").count()).isEqualTo(499);
            Browsers.checkPage(page, "coordinator-meuse-map");

            page.locator("#besoin").selectOption(UNOFFERED_NEED);
            page.locator("#afficher-couverture").click();
            page.waitForURL(url -> url.contains("besoin="));
            Locator gaps = page.locator("#communes-non-couvertes tbody tr");
            gaps.first().waitFor();
            assertThat(gaps.count()).as("every commune is out of reach of a need nobody offers").isEqualTo(499);
            assertThat(codesOn(page.locator("#carte path.carte-commune[data-couverte=false]"))).hasSize(499);
            Browsers.checkPage(page, "coordinator-meuse-map-gaps");

            // a need France Services offers: Revigny is within reach
            page.locator("#besoin").selectOption(StackApi.ADMIN_HELP);
            page.locator("#afficher-couverture").click();
            page.waitForURL(url -> url.contains("besoin=Aide"));
            page.locator("#carte").waitFor();
            assertThat(page.locator("#carte path.carte-commune[data-code='" + StackApi.REVIGNY + "']").first()
                    .getAttribute("data-couverte")).isEqualTo("true");
            assertThat(page.locator("#communes-non-couvertes tr[data-code='" + StackApi.REVIGNY + "']").count())
                    .isZero();
        }

        String revigny = StackApi.token("coord.revigny");
        Set<String> epciCodes = communeCodes(revigny, StackApi.REVIGNY_EPCI);
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "coord.revigny");
            page.navigate("/carte");
            page.locator("#carte").waitFor();
            Set<String> drawn = codesOn(page.locator("#carte path.carte-commune[data-code]"));
            assertThat(drawn).contains(StackApi.REVIGNY).isEqualTo(epciCodes);
            assertThat(codesOn(page.locator("#communes-carte tbody tr[data-code]"))).isEqualTo(epciCodes);
            page.locator("#besoin").selectOption(UNOFFERED_NEED);
            page.locator("#afficher-couverture").click();
            page.waitForURL(url -> url.contains("besoin="));
            page.locator("#communes-non-couvertes tbody tr").first().waitFor();
            assertThat(page.locator("#communes-non-couvertes tbody tr").count()).isEqualTo(epciCodes.size());
            Browsers.checkPage(page, "coordinator-revigny-map-gaps");
        }
    }

    /** The dashboard's totals are the flows API's, for the same territory and period (the page's defaults). */
    private static void assertDashboardMatchesTheApi(Page page, String token, String territory) throws Exception {
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
            JsonNode before = totals(token, territory);
            page.reload();
            JsonNode after = totals(token, territory);
            assertThat(after).as("the figures moved while the page loaded").isEqualTo(before);
            assertThat(number(page, "#total-envoyees")).isEqualTo(after.path("sent").asLong());
            assertThat(number(page, "#total-acceptees")).isEqualTo(after.path("accepted").asLong());
            assertThat(number(page, "#total-refusees")).isEqualTo(after.path("declined").asLong());
            assertThat(number(page, "#total-expirees")).isEqualTo(after.path("expired").asLong());
            assertThat(page.locator("#total-taux").innerText().strip().replace('\u00a0', ' '))
                    .isEqualTo(String.format(Locale.FRANCE, "%.0f %%", after.path("acceptanceRate").asDouble() * 100));
        });
    }

    private static JsonNode totals(String token, String territory) throws Exception {
        return StackApi.read("/api/flows?groupBy=week&territory=" + territory, token).path("totals");
    }

    private static long number(Page page, String selector) {
        return Long.parseLong(page.locator(selector).innerText().replaceAll("[\\s\u00a0\u202f]", ""));
    }

    private static Set<String> codesOn(Locator elements) {
        return new HashSet<>(elements.evaluateAll("nodes => nodes.map(n => n.dataset.code)") instanceof List<?> codes
                ? codes.stream().map(String::valueOf).toList() : List.of());
    }

    private static Set<String> communeCodes(String token, String territory) throws Exception {
        Set<String> codes = new HashSet<>();
        StackApi.read("/api/territory/contours?territory=" + territory, token).path("communes")
                .forEach(c -> codes.add(c.path("code").asString()));
        return codes;
    }

    private static Set<String> communeNames(String token, String territory) throws Exception {
        Set<String> names = new HashSet<>();
        StackApi.read("/api/territory/contours?territory=" + territory, token).path("communes")
                .forEach(c -> names.add(c.path("nom").asString()));
        return names;
    }

    /** The administrator imports the contours of Meuse (../shared/data) through the API; importing twice is safe. */
    static void importMeuseContours() throws Exception {
        String admin = StackApi.token("admin");
        HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(URI.create(StackApi.GATEWAY + "/api/territory/contours"))
                        .timeout(Duration.ofSeconds(120))
                        .header("Authorization", "Bearer " + admin)
                        .header("Content-Type", "application/geo+json")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofFile(
                                fr.inclusion.orientation.testsupport.SharedData.file("meuse-communes.geojson")))
                        .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(StackApi.json(response.body()).get("imported").asInt()).isEqualTo(499);
    }
}
