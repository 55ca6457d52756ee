package fr.inclusion.orientation.web.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.web.FakeServices.Received;

/** "Orientations reçues": the list, one referral's page and its three forms, as the venue's staff use them. */
class ReceivedReferralsPagesTest extends VenuePagesTestSupport {

    private static final String LIST = "/api/referrals";
    private static final String REFERRAL = "/api/referrals/ref-1";

    @Test
    void theListShowsTheVenuesNewReferralsEachLinkingToItsPage() {
        SERVICES.answer("GET", LIST, 200, Samples.page(2, Samples.sentReferral("ref-1"),
                Samples.sentReferral("ref-2")));

        HttpResponse<String> response = get("/orientations-recues", STAFF);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#orientations-recues .orientation-recue")).hasSize(2);
        assertThat(page.select(".orientation-recue a.detail").eachAttr("href"))
                .containsExactly("/orientations-recues/ref-1", "/orientations-recues/ref-2");
        assertThat(page.select(".orientation-recue").first().text())
                .contains("Aide aux démarches administratives", "Revigny-sur-Ornain", "Nouvelle");
        assertThat(SERVICES.received("GET", LIST)).singleElement().satisfies(request -> {
            assertThat(request.query()).contains("status=sent", "venueId=" + Samples.VENUE_ID, "page=0");
            assertThat(request.authorization()).isEqualTo("Bearer " + STAFF);
        });
    }

    @Test
    void theListNamesTheResidentByFirstNameButKeepsTheContactForTheReferralsPage() {
        SERVICES.answer("GET", LIST, 200, Samples.page(1, Samples.sentReferral("ref-1")));

        Document page = html(get("/orientations-recues", STAFF));

        assertThat(page.select(".orientation-recue a.detail").text())
                .startsWith("Jeanne — Aide aux démarches administratives");
        assertThat(page.select("#orientations-recues").text()).doesNotContain("+33600000001", "carte grise");
    }

    @Test
    void eachFilterIsALinkAskingTheServiceForItsStatus() {
        SERVICES.answer("GET", LIST, 200, Samples.page(1, Samples.acceptedReferral("ref-1")));

        HttpResponse<String> response = get("/orientations-recues?filtre=acceptees", STAFF);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("a[data-filtre]").eachAttr("data-filtre"))
                .containsExactly("nouvelles", "acceptees", "cloturees", "toutes");
        assertThat(page.select("a[data-filtre=cloturees]").attr("href"))
                .isEqualTo("/orientations-recues?filtre=cloturees");
        assertThat(page.select("a[aria-current=page]").attr("data-filtre")).isEqualTo("acceptees");
        assertThat(SERVICES.received("GET", LIST).getFirst().query()).contains("status=accepted");
    }

    @Test
    void allTheVenuesReferralsAreListedWithoutAStatus() {
        SERVICES.answer("GET", LIST, 200, Samples.page(1, Samples.declinedReferral("ref-1")));

        Document page = html(get("/orientations-recues?filtre=toutes", STAFF));

        assertThat(page.select(".orientation-recue .status").text()).isEqualTo("Refusée");
        assertThat(SERVICES.received("GET", LIST).getFirst().query()).doesNotContain("status=");
    }

    @Test
    void theListRefreshesItselfOnEachNotificationOfTheLiveStream() {
        SERVICES.answer("GET", LIST, 200, Samples.page(0));

        Document page = html(get("/orientations-recues", STAFF));

        Element list = page.selectFirst("#orientations-recues");
        assertThat(list.attr("hx-trigger")).isEqualTo("sse:notification");
        assertThat(list.attr("hx-get")).isEqualTo("/orientations-recues/liste?filtre=nouvelles&page=0");
        Element stream = list.closest("[sse-connect]");
        assertThat(stream.attr("sse-connect")).isEqualTo("/api/notifications/stream");
        assertThat(stream.attr("hx-ext")).isEqualTo("sse");
        assertThat(list.text()).contains("Aucune orientation dans cette liste.");
    }

    @Test
    void theLiveRefreshGetsTheListAloneAndAnAnnouncement() {
        SERVICES.answer("GET", LIST, 200, Samples.page(1, Samples.sentReferral("ref-3")));

        HttpResponse<String> response = get("/orientations-recues/liste?filtre=nouvelles", STAFF);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("<html", "site-header");
        Document fragment = html(response);
        assertThat(fragment.select(".orientation-recue a.detail").attr("href")).isEqualTo("/orientations-recues/ref-3");
        assertThat(fragment.select("#liste-annonce[hx-swap-oob]").text()).isEqualTo("Liste mise à jour : 1 orientation.");
    }

    @Test
    void aNewReferralsPageShowsTheResidentAndAcceptIsOneButton() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.sentReferral("ref-1"));

        HttpResponse<String> response = get("/orientations-recues/ref-1", STAFF);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        Element referral = page.selectFirst("#orientation");
        assertThat(referral.select(".status").first().text()).isEqualTo("Nouvelle");
        assertThat(referral.text()).contains("Jeanne", "Revigny-sur-Ornain", "Aide aux démarches administratives",
                "Renouveler sa carte grise en ligne.", "Ne peut pas se déplacer", "15 décembre 2026",
                "Orientation envoyée par la mairie");
        assertThat(referral.select("a[href=tel:+33600000001]")).hasSize(1);
        Element accept = page.selectFirst("#accepter");
        assertThat(accept.text()).isEqualTo("Accepter");
        Element acceptForm = accept.closest("form");
        assertThat(acceptForm.attr("method")).isEqualTo("post");
        assertThat(acceptForm.attr("action")).isEqualTo("/orientations-recues/ref-1/accepter");
        assertThat(acceptForm.select("input:not([type=hidden]), textarea, select")).isEmpty();
        assertThat(page.select("title").text()).doesNotContain("Jeanne");
        assertThat(SERVICES.received("GET", REFERRAL).getFirst().authorization()).isEqualTo("Bearer " + STAFF);
    }

    @Test
    void theDeclineFormOffersTheCodedReasonsInFrenchAndAMessage() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.sentReferral("ref-1"));

        Document page = html(get("/orientations-recues/ref-1", STAFF));

        Element decline = page.selectFirst("form#refus");
        assertThat(decline.attr("action")).isEqualTo("/orientations-recues/ref-1/refuser");
        assertThat(decline.select("input[type=radio][name=reason]").eachAttr("value")).containsExactly(
                "injoignable", "non-eligible", "session-complete", "hors-competence", "mobilite", "doublon", "autre");
        for (Element radio : decline.select("input[name=reason]")) {
            assertThat(decline.select("label[for=" + radio.id() + "]").text()).isNotBlank();
        }
        assertThat(decline.select("label[for=refus-motif-injoignable]").text()).isEqualTo("Habitant injoignable");
        assertThat(decline.select("textarea[name=message]").attr("id")).isEqualTo("refus-message");
        assertThat(decline.select("label[for=refus-message]")).hasSize(1);
        assertThat(decline.select("button").text()).isEqualTo("Refuser");
        assertThat(page.select("#cloture")).isEmpty();
    }

    @Test
    void acceptingReachesTheServiceWithTheUsersTokenThenShowsTheReferralWithAConfirmation() {
        SERVICES.answer("POST", REFERRAL + "/accept", 200, Samples.acceptedReferral("ref-1"));

        HttpResponse<String> response = post("/orientations-recues/ref-1/accepter", STAFF, Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/orientations-recues/ref-1?confirmation=acceptee");
        assertThat(SERVICES.received("POST", REFERRAL + "/accept")).singleElement()
                .extracting(Received::authorization).isEqualTo("Bearer " + STAFF);

        SERVICES.answer("GET", REFERRAL, 200, Samples.acceptedReferral("ref-1"));
        Document page = html(get(location(response), STAFF));
        assertThat(page.select(".notice--success").text()).startsWith("Orientation acceptée.");
        assertThat(page.select("#orientation .status").first().text()).isEqualTo("Acceptée");
        assertThat(page.select("#accepter")).isEmpty();
    }

    @Test
    void fromTheEmailLinkVenueStaffAcceptInTwoClicks() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.sentReferral("ref-1"));
        SERVICES.answer("POST", REFERRAL + "/accept", 200, Samples.acceptedReferral("ref-1"));

        HttpResponse<String> link = get("/orientations/ref-1", STAFF);
        assertThat(link.statusCode()).isEqualTo(303);
        assertThat(location(link)).isEqualTo("/orientations-recues/ref-1");

        Element accept = html(get(location(link), STAFF)).selectFirst("#accepter");
        HttpResponse<String> accepted = post(accept.closest("form").attr("action"), STAFF, Map.of());
        assertThat(accepted.statusCode()).isEqualTo(303);
        assertThat(SERVICES.received("POST", REFERRAL + "/accept")).hasSize(1);
    }

    @Test
    void theEmailLinkIsLeftToTheSecretarysPageForASecretary() {
        HttpResponse<String> link = get("/orientations/ref-1", SECRETARY);

        assertThat(location(link)).isNull();
        assertThat(link.statusCode()).isNotEqualTo(303);
    }

    @Test
    void aDeclineWithoutReasonShowsTheErrorNextToTheReasonsWithASummaryAndTheFocusOnIt() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.sentReferral("ref-1"));
        SERVICES.answer("POST", REFERRAL + "/decline", 400, Samples.validation("reason",
                "Motif obligatoire ; valeurs possibles : injoignable, non-eligible, session-complete, "
                        + "hors-competence, mobilite, doublon, autre."));

        HttpResponse<String> response = post("/orientations-recues/ref-1/refuser", STAFF,
                Map.of("message", "Nous ne faisons pas les cartes grises."));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        Element form = page.selectFirst("form#refus");
        Element reasons = form.selectFirst("fieldset.field--error");
        assertThat(reasons.select("legend").text()).isEqualTo("Motif du refus");
        assertThat(reasons.select(".error-message").text()).isEqualTo("Erreur : Choisissez le motif du refus.");
        assertThat(reasons.attr("aria-describedby")).isEqualTo("refus-motif-erreur");
        assertThat(form.select(".error-summary a").attr("href")).isEqualTo("#refus-motif-injoignable");
        assertThat(form.select("[autofocus]")).singleElement().extracting(Element::id)
                .isEqualTo("refus-motif-injoignable");
        assertThat(form.select("textarea[name=message]").text()).isEqualTo("Nous ne faisons pas les cartes grises.");
        assertThat(page.select("title").text()).startsWith("Erreur : ");
        assertThat(SERVICES.received("POST", REFERRAL + "/decline").getFirst().body())
                .isEqualTo("{\"reason\":null,\"message\":\"Nous ne faisons pas les cartes grises.\"}");
    }

    @Test
    void aTooLongMessageIsShownNextToTheMessage() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.sentReferral("ref-1"));
        SERVICES.answer("POST", REFERRAL + "/decline", 400, Samples.validation("message", "Au plus 2000 caractères."));

        HttpResponse<String> response = post("/orientations-recues/ref-1/refuser", STAFF,
                Map.of("reason", "autre", "message", "x".repeat(2001)));

        assertThat(response.statusCode()).isEqualTo(400);
        Element form = html(response).selectFirst("form#refus");
        assertThat(form.select(".field--error .error-message").text()).isEqualTo("Erreur : Au plus 2000 caractères.");
        assertThat(form.select("[autofocus]")).singleElement().extracting(Element::id).isEqualTo("refus-message");
        assertThat(form.select("input[value=autre]").hasAttr("checked")).isTrue();
    }

    @Test
    void decliningSendsTheCodedReasonAndTheMessage() {
        SERVICES.answer("POST", REFERRAL + "/decline", 200, Samples.declinedReferral("ref-1"));

        HttpResponse<String> response = post("/orientations-recues/ref-1/refuser", STAFF,
                Map.of("reason", "mobilite", "message", "Le bus passe à Brabant le mardi."));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/orientations-recues/ref-1?confirmation=refusee");
        Received decline = SERVICES.received("POST", REFERRAL + "/decline").getFirst();
        assertThat(decline.authorization()).isEqualTo("Bearer " + STAFF);
        assertThat(decline.body()).isEqualTo("{\"reason\":\"mobilite\",\"message\":\"Le bus passe à Brabant le mardi.\"}");
    }

    @Test
    void aDeclinedReferralShowsItsReasonInTheHistoryAndNoForm() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.declinedReferral("ref-1"));

        Document page = html(get("/orientations-recues/ref-1?confirmation=refusee", STAFF));

        assertThat(page.select(".notice--success").text()).startsWith("Orientation refusée.");
        assertThat(page.select(".timeline li").last().text())
                .endsWith("Refusée par votre lieu — motif : L'habitant ne peut pas se déplacer jusqu'à notre lieu");
        assertThat(page.select("#accepter, #refus, #cloture")).isEmpty();
    }

    @Test
    void anAcceptedReferralIsClosedWithAnOutcomeAndANote() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.acceptedReferral("ref-1"));

        Document page = html(get("/orientations-recues/ref-1", STAFF));

        Element close = page.selectFirst("form#cloture");
        assertThat(close.attr("action")).isEqualTo("/orientations-recues/ref-1/cloturer");
        assertThat(close.select("input[name=outcome]").eachAttr("value"))
                .containsExactly("resolved", "partly_resolved", "not_resolved", "no_show");
        assertThat(close.select("label[for=cloture-issue-no_show]").text()).isEqualTo("L'habitant ne s'est pas présenté");
        assertThat(close.select("textarea[name=note]")).hasSize(1);
        assertThat(close.select("button").text()).isEqualTo("Clôturer");
        assertThat(page.select("#accepter, #refus")).isEmpty();

        SERVICES.answer("POST", REFERRAL + "/close", 200, Samples.acceptedReferral("ref-1"));
        HttpResponse<String> closed = post("/orientations-recues/ref-1/cloturer", STAFF,
                Map.of("outcome", "partly_resolved", "note", "Dossier déposé, en attente de la préfecture."));
        assertThat(closed.statusCode()).isEqualTo(303);
        assertThat(location(closed)).isEqualTo("/orientations-recues/ref-1?confirmation=cloturee");
        assertThat(SERVICES.received("POST", REFERRAL + "/close").getFirst().body()).isEqualTo(
                "{\"outcome\":\"partly_resolved\",\"note\":\"Dossier déposé, en attente de la préfecture.\"}");
    }

    @Test
    void aCloseWithoutOutcomeShowsTheErrorNextToTheOutcomes() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.acceptedReferral("ref-1"));
        SERVICES.answer("POST", REFERRAL + "/close", 400, Samples.validation("outcome", "Issue obligatoire ; valeurs "
                + "possibles : resolved, partly_resolved, not_resolved, no_show."));

        HttpResponse<String> response = post("/orientations-recues/ref-1/cloturer", STAFF, Map.of("note", ""));

        assertThat(response.statusCode()).isEqualTo(400);
        Element form = html(response).selectFirst("form#cloture");
        assertThat(form.select("fieldset.field--error .error-message").text())
                .isEqualTo("Erreur : Choisissez l'issue de l'accompagnement.");
        assertThat(form.select("[autofocus]")).singleElement().extracting(Element::id)
                .isEqualTo("cloture-issue-resolved");
    }

    @Test
    void aMoveTheReferralCanNoLongerMakeShowsTheServicesWordsOnTheReferralAsItNowStands() {
        SERVICES.answer("GET", REFERRAL, 200, Samples.declinedReferral("ref-1"));
        SERVICES.answer("POST", REFERRAL + "/accept", 409, Samples.problem(409, "illegal-transition",
                "Transition impossible", "Une orientation refusée ne peut plus être acceptée."));

        HttpResponse<String> response = post("/orientations-recues/ref-1/accepter", STAFF, Map.of());

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = html(response);
        assertThat(page.select(".notice--warning").text()).isEqualTo("Une orientation refusée ne peut plus être acceptée.");
        assertThat(page.select("#orientation .status").first().text()).isEqualTo("Refusée");
    }

    @Test
    void aReferralTheVenueMayNotSeeIsNotFound() {
        HttpResponse<String> response = get("/orientations-recues/ref-9", STAFF);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(html(response).select("h1").text()).isEqualTo("Page introuvable");
    }

    @Test
    void aSecretaryCannotOpenTheVenuesPagesAndNoServiceIsAsked() {
        HttpResponse<String> list = get("/orientations-recues", SECRETARY);
        HttpResponse<String> accept = post("/orientations-recues/ref-1/accepter", SECRETARY, Map.of());

        assertThat(list.statusCode()).isEqualTo(403);
        assertThat(html(list).select("h1").text()).isEqualTo("Accès refusé");
        assertThat(accept.statusCode()).isEqualTo(403);
        assertThat(SERVICES.received("GET", LIST)).isEmpty();
        assertThat(SERVICES.received("POST", REFERRAL + "/accept")).isEmpty();
    }
}
