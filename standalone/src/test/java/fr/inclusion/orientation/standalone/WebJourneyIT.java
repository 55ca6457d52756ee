package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;

/**
 * Issue [F] in a real browser against the running stack, each person signed in on Keycloak's real page: the
 * secretary searches, sends and prints the slip; the venue sees the referral arrive without reloading, accepts it
 * from its e-mail link and closes it; the secretary sees the status change without reloading; a decline, then a
 * re-route. Every page of the journeys passes axe-core (no serious or critical violation), has no horizontal scroll
 * at 360 px and is photographed under {@code target/screenshots/}.
 */
class WebJourneyIT {

    private static final Pattern REFERRAL_PATH = Pattern.compile("/orientations/([0-9a-fA-F-]{36})");

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

    /** Counts what a person does: each field filled, each box ticked, each click. */
    static final class Actions {
        int count;

        void fill(Locator field, String text) {
            field.fill(text);
            count++;
        }

        void select(Locator field, String value) {
            field.selectOption(value);
            count++;
        }

        void check(Locator box) {
            box.check();
            count++;
        }

        void click(Locator target) {
            target.click();
            count++;
        }
    }

    @Test
    void aResidentIsSentAcceptedAndClosedWhileBothSidesWatchLive() throws Exception {
        String resident = Residents.sent("Journee" + UUID.randomUUID().toString().substring(0, 6), "06 12 34 56 78");
        try (BrowserContext secretaryContext = GatewaySignIn.newContext(browser);
                BrowserContext venueContext = GatewaySignIn.newContext(browser)) {
            Page venue = GatewaySignIn.signedIn(venueContext, "lieu.franceservices");
            assertThat(URI.create(venue.url()).getPath()).isEqualTo("/orientations-recues");
            Browsers.checkPage(venue, "venue-inbox");

            Page secretary = GatewaySignIn.signedIn(secretaryContext, "secretaire.revigny");
            assertThat(URI.create(secretary.url()).getPath()).isEqualTo("/orienter");
            Browsers.checkPage(secretary, "secretary-home");

            // from her home page to the printed slip: at most 8 actions
            Actions actions = new Actions();
            actions.select(secretary.locator("#recherche [name=need]"), "Aide aux démarches administratives");
            // (her commune, Revigny-sur-Ornain, is filled in already)
            actions.click(secretary.locator("#recherche button[type=submit]"));
            secretary.locator("#resultats li.resultat").first().waitFor();
            Browsers.checkPage(secretary, "secretary-results");
            actions.click(secretary.locator("#resultats li.resultat", new Page.LocatorOptions()
                    .setHasText("France Services")).locator("a.envoyer").first());
            secretary.locator("#envoi").waitFor();
            Browsers.checkPage(secretary, "secretary-send");
            actions.fill(secretary.locator("#envoi [name=firstName]"), resident);
            actions.fill(secretary.locator("#envoi [name=contactValue]"), "06 12 34 56 78");
            actions.check(secretary.locator("#envoi [name=consent]"));
            actions.click(secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions()
                    .setName("Envoyer l'orientation")));
            secretary.locator("#fiche").waitFor();
            String number = secretary.locator("#numero").innerText().strip();
            assertThat(number).isNotBlank();
            Browsers.checkPage(secretary, "secretary-slip");
            byte[] pdf = secretary.pdf(new Page.PdfOptions().setFormat("A4"));
            Files.write(Browsers.screenshot("secretary-slip").resolveSibling("secretary-slip.pdf"), pdf);
            actions.count++; // printing it
            assertThat(actions.count).as("actions from her home page to the printed slip").isLessThanOrEqualTo(8);
            assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
            Matcher id = REFERRAL_PATH.matcher(secretary.url());
            assertThat(id.find()).as("the slip's address names the referral: %s", secretary.url()).isTrue();
            String referral = id.group(1);

            // the venue's inbox shows it without a reload
            venue.locator("#orientations-recues .orientation-recue", new Page.LocatorOptions().setHasText(resident))
                    .waitFor();

            // the secretary follows her referrals live
            secretary.navigate("/orientations");
            Browsers.checkPage(secretary, "secretary-referrals");
            Locator row = secretary.locator("#mes-orientations tr.orientation", new Page.LocatorOptions()
                    .setHasText(resident));

            // from the e-mail link, the venue accepts in at most 2 clicks
            Actions venueActions = new Actions();
            venue.navigate("/orientations/" + referral);
            venue.locator("#orientation").waitFor();
            Browsers.checkPage(venue, "venue-referral");
            venueActions.click(venue.locator("#accepter"));
            venue.locator("#orientation .status", new Page.LocatorOptions().setHasText("Acceptée")).waitFor();
            assertThat(venueActions.count).isLessThanOrEqualTo(2);

            row.locator(".status", new Locator.LocatorOptions().setHasText("Acceptée")).waitFor();

            // the venue closes it with an outcome and a note
            venue.locator("#cloture [name=outcome]").first().check();
            venue.locator("#cloture [name=note]").fill("Dossier déposé avec elle.");
            venue.locator("#cloture button[type=submit]").click();
            venue.locator("#orientation .status", new Page.LocatorOptions().setHasText("Clôturée")).waitFor();
            Browsers.checkPage(venue, "venue-referral-closed");
            row.locator(".status", new Locator.LocatorOptions().setHasText("Clôturée")).waitFor();
        }
    }

    @Test
    void aDeclinedReferralIsReroutedToAnotherPlace() throws Exception {
        String resident = Residents.sent("Refus" + UUID.randomUUID().toString().substring(0, 6), "06 12 34 56 78");
        try (BrowserContext secretaryContext = GatewaySignIn.newContext(browser);
                BrowserContext venueContext = GatewaySignIn.newContext(browser)) {
            Page secretary = GatewaySignIn.signedIn(secretaryContext, "secretaire.revigny");
            String referral = send(secretary, resident);

            Page venue = GatewaySignIn.signedIn(venueContext, "lieu.franceservices");
            venue.navigate("/orientations/" + referral);
            venue.locator("#refus [name=reason]").first().check();
            venue.locator("#refus [name=message]").fill("Plus de créneau cette semaine, la médiathèque peut l'aider.");
            venue.locator("#refus button[type=submit]").click();
            venue.locator("#orientation .status", new Page.LocatorOptions().setHasText("Refusée")).waitFor();
            Browsers.checkPage(venue, "venue-referral-declined");

            secretary.navigate("/orientations/" + referral);
            Locator alternative = secretary.locator("#autres-lieux .autre-lieu").first();
            String otherPlace = alternative.locator("h3").innerText().strip();
            assertThat(otherPlace).isNotBlank().doesNotContain("France Services");
            Browsers.checkPage(secretary, "secretary-referral-declined");
            alternative.locator("button[type=submit]").click();
            secretary.waitForURL(url -> url.contains("reorientee"));
            assertThat(secretary.locator("main").innerText()).contains(otherPlace);
            Browsers.checkPage(secretary, "secretary-referral-rerouted");
        }
    }

    /** The secretary sends a resident to France Services from her home page; the referral's id. */
    private static String send(Page secretary, String resident) {
        secretary.navigate("/orienter");
        secretary.locator("#recherche [name=need]").selectOption("Aide aux démarches administratives");
        secretary.locator("#recherche button[type=submit]").click();
        secretary.locator("#resultats li.resultat", new Page.LocatorOptions().setHasText("France Services"))
                .locator("a.envoyer").first().click();
        secretary.locator("#envoi [name=firstName]").fill(resident);
        secretary.locator("#envoi [name=contactValue]").fill("06 12 34 56 78");
        secretary.locator("#envoi [name=consent]").check();
        secretary.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Envoyer l'orientation")).click();
        secretary.locator("#fiche").waitFor();
        Matcher id = REFERRAL_PATH.matcher(secretary.url());
        assertThat(id.find()).as("the slip's address names the referral: %s", secretary.url()).isTrue();
        return id.group(1);
    }
}
