package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import fr.inclusion.orientation.testsupport.SharedData;
import tools.jackson.databind.JsonNode;

/**
 * Issue [G] for the administrator, in a real browser against the running stack: the national venue file with
 * errors is imported from the Administration page, its progress shown until the end and its rejected lines listed
 * with line, field and reason; the communes' contours and the fragility index are imported from the shared files;
 * an e-mail parked while the mail server was down is replayed from the page once it is back, and arrives. Every page
 * passes axe-core (no serious or critical violation), has no horizontal scroll at 360 px and is photographed under
 * {@code target/screenshots/}.
 */
class AdministrationJourneyIT {

    private static final String HEADER = "id;pivot;nom;commune;code_postal;code_insee;adresse;latitude;longitude;"
            + "telephone;services;frais_a_charge;itinerance;presentation_detail;date_maj";
    /** Venues of the generated file: in Aincreville, far north of Revigny, offering a need no other test searches. */
    private static final String VALID_ROW = "%s;21550004000019;Espace numérique de test %d;Aincreville;55110;55004;"
            + "1 place de la Mairie;49.3696;5.1160;03 29 80 00 00;Loisirs et créations numériques;Gratuit;Fixe;"
            + "Lieu créé par le test de bout en bout de l'import;2026-11-30";

    private static Playwright playwright;
    private static Browser browser;

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
    void theNationalFileWithErrorsIsImportedWithItsProgressAndItsRejectedLines(@TempDir Path dir) throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<String> lines = new ArrayList<>(List.of(HEADER));
        int rows = 600;
        for (int i = 1; i <= rows; i++) {
            String id = "e2e-import-" + tag + "-" + i;
            String row = VALID_ROW.formatted(id, i);
            // file lines 101, 302 and 503 (the header is line 1) are wrong, each in its own way
            if (i == 100) {
                row = row.replace(";55110;", ";5511;");
            } else if (i == 301) {
                row = row.replace("Loisirs et créations numériques", "Réparation de vélos");
            } else if (i == 502) {
                row = row.replace("Espace numérique de test 502", "");
            }
            lines.add(row);
        }
        Path file = dir.resolve("lieux-" + tag + ".csv");
        Files.writeString(file, "\uFEFF" + String.join("\r\n", lines) + "\r\n", StandardCharsets.UTF_8);

        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "admin");
            assertThat(URI.create(page.url()).getPath()).isEqualTo("/administration");
            Browsers.checkPage(page, "admin-home");

            page.locator("#fichier-lieux").setInputFiles(file);
            page.locator("#envoyer-lieux").click();
            page.locator("#etat-import").waitFor();
            // the progress bar, refreshed while the job runs, ends full
            page.locator("#titre-refus").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(120_000));
            assertThat(page.locator("#progression-import").getAttribute("max")).isEqualTo(String.valueOf(rows));
            assertThat(page.locator("#progression-import").getAttribute("value")).isEqualTo(String.valueOf(rows));
            assertThat(page.locator("#compteurs-import").innerText()).contains(rows + " lignes traitées sur " + rows);
            assertThat(page.locator("#nb-importes").innerText().strip()).isEqualTo(String.valueOf(rows - 3));
            assertThat(page.locator("#nb-refuses").innerText().strip()).isEqualTo("3");
            List<String> rejected = page.locator("#refus tbody tr").allInnerTexts();
            assertThat(rejected).hasSize(3);
            assertThat(rejected.get(0)).startsWith("101").contains("code_postal");
            assertThat(rejected.get(1)).startsWith("302").contains("services").contains("Réparation de vélos");
            assertThat(rejected.get(2)).startsWith("503").contains("nom");
            Browsers.checkPage(page, "admin-import-done");
        }
        // what the page said is what venue-service stored
        String admin = StackApi.token("admin");
        assertThat(StackApi.get("/api/venues/e2e-import-" + tag + "-1", admin).statusCode()).isEqualTo(200);
        assertThat(StackApi.get("/api/venues/e2e-import-" + tag + "-100", admin).statusCode()).isEqualTo(404);
    }

    @Test
    void theContoursAndTheFragilityIndexAreImportedFromTheSharedFiles() throws Exception {
        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "admin");
            page.locator("#fichier-contours").setInputFiles(SharedData.file("meuse-communes.geojson"));
            page.locator("#envoyer-contours").click();
            page.locator("#resultat-contours").waitFor(new com.microsoft.playwright.Locator.WaitForOptions()
                    .setTimeout(120_000));
            assertThat(page.locator("#nb-contours").innerText().strip()).isEqualTo("499 communes importées.");
            Browsers.checkPage(page, "admin-contours-imported");

            page.navigate("/administration");
            page.locator("#fichier-fragilite").setInputFiles(SharedData.file("ifn-meuse-communes.csv"));
            page.locator("#envoyer-fragilite").click();
            page.locator("#resultat-fragilite").waitFor();
            assertThat(page.locator("#resultat-fragilite").innerText()).contains("499 communes importées.");
            assertThat(page.locator("#aucun-refus").isVisible()).isTrue();
            Browsers.checkPage(page, "admin-fragility-imported");
        }
    }

    @Test
    void anEmailParkedWhileTheMailServerWasDownIsReplayedFromTheAdministrationPage() throws Exception {
        String secretary = StackApi.token("secretaire.revigny");
        String admin = StackApi.token("admin");
        String referral;
        JsonNode parked;
        StackApi.launcher("stop", "mail");
        try {
            referral = StackApi.sendReferral(secretary, StackApi.FRANCE_SERVICES, StackApi.ADMIN_HELP,
                    "Bloque" + UUID.randomUUID().toString().substring(0, 6));
            // tried at once, then after 2, 4, 8 and 16 s: parked when the fifth attempt fails
            parked = await().atMost(Duration.ofSeconds(120)).pollInterval(Duration.ofSeconds(1))
                    .until(() -> parkedAbout(admin, referral), m -> m != null);
        } finally {
            StackApi.launcher("start", "mail");
        }
        assertThat(StackApi.mailsMentioning(referral)).isEmpty();
        String anchor = "message-" + parked.path("id").asString().replaceAll("[^A-Za-z0-9_-]", "-");

        try (BrowserContext context = GatewaySignIn.newContext(browser)) {
            Page page = GatewaySignIn.signedIn(context, "admin");
            page.locator("#" + anchor).waitFor();
            assertThat(page.locator("#" + anchor + " .admin-message__canal").innerText()).isEqualTo("Courriel");
            assertThat(page.locator("#" + anchor + " .admin-message__destinataire").innerText()).contains("*");
            assertThat(page.locator("#" + anchor + " .admin-message__raison").innerText()).isNotBlank();
            Browsers.checkPage(page, "admin-parked-message");
            page.locator("#renvoyer-" + anchor).click();
            page.locator("#message-renvoye").waitFor();
            Browsers.checkPage(page, "admin-parked-message-replayed");
        }
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofSeconds(1))
                .until(() -> !StackApi.mailsMentioning(referral).isEmpty());
        String replayed = parked.path("id").asString();
        assertThat(StackApi.read("/api/outbound/parked?size=100", admin).path("items").valueStream()
                .map(m -> m.path("id").asString())).as("no longer parked once sent").doesNotContain(replayed);
    }

    /** The parked message about the referral, from notification-service's operator API, or null. */
    private static JsonNode parkedAbout(String adminToken, String referralId) throws Exception {
        for (JsonNode message : StackApi.read("/api/outbound/parked?size=100", adminToken).path("items")) {
            if (referralId.equals(message.path("referralId").asString())) {
                return message;
            }
        }
        return null;
    }
}
