package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.web.FakeServices.Answer;
import fr.inclusion.orientation.web.FakeServices.Received;

/**
 * "Réorienter" an alert: the venues offering the need near the commune, without the one that let it expire; the
 * choice sent to referral-service, then the alerts with a confirmation, or the reason it could not be done.
 */
class RerouteAlertPageTest extends CoordinatorPagesTestSupport {

    static final String BAR_LE_DUC = "demo-bar-le-duc-espace-numerique";
    static final String LIGNY = "demo-ligny-mediatheque";
    static final String PAUSED = "demo-saint-mihiel-france-services";

    static String venue(String id, String nom, String commune, boolean paused) {
        return """
                {"id":"%s","nom":"%s","commune":"%s","code_insee":"55000",
                 "services":["Aide aux démarches administratives"],"intake_paused":%s,"active":true,"version":2}"""
                .formatted(id, nom, commune, paused);
    }

    /** venue-service's ranked search ({@code SearchResultsView}): the expired venue comes first, as it is nearest. */
    static final String SEARCH = """
            {"items":[
             {"venue":%s,"distanceKm":0.0,"score":0.91,"meetsConstraints":true,"missing":[],
              "reasons":["dans votre commune"],"nextOpening":"2026-12-07T09:00:00+01:00"},
             {"venue":%s,"distanceKm":12.34,"score":0.8,"meetsConstraints":true,"missing":[],
              "reasons":["gratuit","ouvert le samedi"],"nextOpening":"2026-12-05T09:00:00+01:00"},
             {"venue":%s,"distanceKm":20.0,"score":0.7,"meetsConstraints":true,"missing":[],"reasons":[]},
             {"venue":%s,"distanceKm":25.5,"score":0.6,"meetsConstraints":true,"missing":[],"reasons":["gratuit"]}]}"""
            .formatted(venue(AlertsPageTest.EXPIRED_VENUE, "France Services Revigny-sur-Ornain (démo)",
                    "Revigny-sur-Ornain", false),
                    venue(BAR_LE_DUC, "Espace numérique de Bar-le-Duc (démo)", "Bar-le-Duc", false),
                    venue(PAUSED, "France Services Saint-Mihiel (démo)", "Saint-Mihiel", true),
                    venue(LIGNY, "Médiathèque de Ligny-en-Barrois (démo)", "Ligny-en-Barrois", false));

    static final String REROUTED = """
            {"id":"r-10","venueId":"%s","need":"Aide aux démarches administratives","status":"sent",
             "reroutedFrom":"r-1","commune":"55427"}""".formatted(BAR_LE_DUC);

    @BeforeEach
    void anAlertAndTheVenuesAround() {
        AlertsPageTest.escalationsAnswered();
        SERVICES.answer("GET", "/api/venues/search", 200, SEARCH);
    }

    @Test
    void theReroutePageListsTheVenuesOfferingTheNeedWithoutTheOneThatLetItExpire() {
        HttpResponse<String> response = get("/alertes/r-1/reorienter", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Réorienter l'orientation n° r-1");
        assertThat(page.select("#alerte-besoin").text())
                .isEqualTo("Faire une démarche en ligne (CAF, impôts, retraite, santé, carte grise…)");
        assertThat(page.select("#alerte-commune").text()).isEqualTo("Revigny-sur-Ornain");
        assertThat(page.select("#alerte-lieu").text()).isEqualTo("France Services Revigny-sur-Ornain (démo)");
        assertThat(page.select("#alerte-retard").text().replace('\u00a0', ' ')).isEqualTo("2 jours et 3 h de retard");
        Element form = page.selectFirst("form#reorientation");
        assertThat(form.attr("method")).isEqualTo("post");
        assertThat(form.attr("action")).isEqualTo("/alertes/r-1/reorienter");
        assertThat(form.select("fieldset#reorientation-lieux legend").text()).startsWith("Nouveau lieu");
        assertThat(form.select("input[type=radio][name=venueId]").eachAttr("value"))
                .containsExactly(BAR_LE_DUC, LIGNY);
        Element first = form.selectFirst("label[data-lieu=" + BAR_LE_DUC + "]");
        assertThat(first.attr("for")).isEqualTo("lieu-" + BAR_LE_DUC);
        assertThat(first.select(".reroute-choice__name").text()).isEqualTo("Espace numérique de Bar-le-Duc (démo)");
        assertThat(first.select(".reroute-choice__place").text()).isEqualTo("Bar-le-Duc");
        assertThat(first.select(".reroute-choice__distance").text().replace('\u00a0', ' ')).isEqualTo("à 12,3 km");
        assertThat(first.select(".reroute-choice__reasons").text()).isEqualTo("gratuit, ouvert le samedi");
        assertThat(first.select(".reroute-choice__next").text())
                .isEqualTo("Prochaine ouverture : samedi 5 décembre à 9h00");
        assertThat(form.select("button[type=submit]#reorienter").text()).isEqualTo("Réorienter vers ce lieu");
        assertThat(page.select("#reorientation-suspendus").text())
                .isEqualTo("1 lieu proche a suspendu l'accueil des orientations : il n'est pas proposé.");
        assertThat(page.text()).doesNotContain("Saint-Mihiel");
        Received search = SERVICES.received("GET", "/api/venues/search").getFirst();
        assertThat(search.query())
                .isEqualTo("need=Aide%20aux%20d%C3%A9marches%20administratives&commune=55427&limit=10");
        assertThat(search.authorization()).isEqualTo("Bearer " + COORDINATOR);
    }

    @Test
    void noOtherVenueNearbyIsSaidWithoutAForm() {
        SERVICES.answer("GET", "/api/venues/search", 200, """
                {"items":[{"venue":%s,"distanceKm":0.0,"score":0.9,"reasons":[]}]}""".formatted(venue(
                AlertsPageTest.EXPIRED_VENUE, "France Services Revigny-sur-Ornain (démo)", "Revigny-sur-Ornain",
                false)));

        Document page = html(get("/alertes/r-1/reorienter", COORDINATOR));

        assertThat(page.select("#reorientation-aucun-lieu").text())
                .startsWith("Aucun autre lieu ne propose ce service près de cette commune.");
        assertThat(page.select("form#reorientation")).isEmpty();
    }

    @Test
    void choosingAVenueSendsItToReferralServiceThenSeesOtherToTheConfirmation() {
        SERVICES.answer("POST", "/api/referrals/r-1/reroute", 201, REROUTED);
        SERVICES.answer("GET", "/api/venues/" + BAR_LE_DUC, 200, venue(BAR_LE_DUC,
                "Espace numérique de Bar-le-Duc (démo)", "Bar-le-Duc", false));

        HttpResponse<String> response = post("/alertes/r-1/reorienter", COORDINATOR, Map.of("venueId", BAR_LE_DUC));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/alertes?confirmation=reorientee&lieu=" + BAR_LE_DUC);
        Received reroute = SERVICES.received("POST", "/api/referrals/r-1/reroute").getFirst();
        assertThat(reroute.body()).isEqualTo("{\"venueId\":\"" + BAR_LE_DUC + "\"}");
        assertThat(reroute.contentType()).startsWith("application/json");
        assertThat(reroute.authorization()).isEqualTo("Bearer " + COORDINATOR);
        assertThat(html(get(location(response), COORDINATOR)).select("#alertes-confirmation").text())
                .isEqualTo("L'orientation a été réorientée vers Espace numérique de Bar-le-Duc (démo).");
    }

    @Test
    void noVenueChosenShowsTheFormAgainWithAFrenchError() {
        HttpResponse<String> response = post("/alertes/r-1/reorienter", COORDINATOR, Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.title()).startsWith("Erreur : ");
        assertThat(page.select("#reorientation-erreurs li a").text())
                .isEqualTo("Choisissez le lieu vers lequel réorienter l'orientation.");
        assertThat(page.select("#reorientation-erreurs li a").attr("href")).isEqualTo("#lieu-" + BAR_LE_DUC);
        assertThat(page.select("#reorientation-lieu-erreur").text())
                .isEqualTo("Erreur : Choisissez le lieu vers lequel réorienter l'orientation.");
        assertThat(page.select("#reorientation-lieux").attr("aria-describedby"))
                .isEqualTo("reorientation-lieu-erreur");
        assertThat(page.selectFirst("#lieu-" + BAR_LE_DUC).hasAttr("autofocus")).isTrue();
        assertThat(page.select("input[name=venueId]")).hasSize(2);
        assertThat(SERVICES.received("POST", "/api/referrals/r-1/reroute")).isEmpty();
    }

    @Test
    void aVenueReferralServiceRefusesIsSaidInTheForm() {
        SERVICES.answer("POST", "/api/referrals/r-1/reroute", 422, """
                {"type":"https://orientation-numerique.fr/problems/need-not-offered","title":"Service non proposé par ce lieu",
                 "status":422,"detail":"Le lieu ne propose pas le service « Aide aux démarches administratives »."}""");

        HttpResponse<String> response = post("/alertes/r-1/reorienter", COORDINATOR, Map.of("venueId", LIGNY));

        assertThat(response.statusCode()).isEqualTo(422);
        Document page = html(response);
        assertThat(page.select("#reorientation-erreurs li").text())
                .isEqualTo("Le lieu ne propose pas le service « Aide aux démarches administratives ».");
        assertThat(page.selectFirst("#lieu-" + LIGNY).hasAttr("checked")).isTrue();
    }

    @Test
    void aReferralNoLongerReroutableIsSaidAboveTheAlertsNotOnAnErrorPage() {
        SERVICES.answer("POST", "/api/referrals/r-1/reroute", 409, """
                {"type":"https://orientation-numerique.fr/problems/illegal-transition","title":"Transition impossible",
                 "status":409,"detail":"Seule une orientation refusée ou expirée, et pas encore réorientée, peut être réorientée vers un autre lieu.",
                 "currentStatus":"expired"}""");

        HttpResponse<String> response = post("/alertes/r-1/reorienter", COORDINATOR, Map.of("venueId", LIGNY));

        assertThat(response.statusCode()).isEqualTo(409);
        Document page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Alertes");
        assertThat(page.select("#alertes-avertissement").text()).isEqualTo("L'orientation n° r-1 n'a pas été "
                + "réorientée : Seule une orientation refusée ou expirée, et pas encore réorientée, peut être "
                + "réorientée vers un autre lieu.");
        assertThat(page.select("#alertes tr[data-orientation]")).hasSize(2);
        assertThat(page.select("#alertes-confirmation")).isEmpty();
    }

    @Test
    void anAlertNotOfHerTerritoryIsTheFrench404Page() {
        HttpResponse<String> response = get("/alertes/r-99/reorienter", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(404);
        Document page = html(response);
        assertThat(page.select("h1").text()).isEqualTo("Alerte introuvable");
        assertThat(page.select("main p").first().text())
                .isEqualTo("Cette alerte n'existe pas, ou elle ne concerne pas votre territoire. "
                        + "Retrouvez les alertes de votre territoire sur la page Alertes.");
        assertThat(SERVICES.received("GET", "/api/venues/search")).isEmpty();
    }

    @Test
    void aReferralServiceOutsideHerTerritoryAnswersTheFrench404Page() {
        HttpResponse<String> response = post("/alertes/r-99/reorienter", COORDINATOR, Map.of("venueId", LIGNY));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(html(response).select("h1").text()).isEqualTo("Alerte introuvable");
        assertThat(SERVICES.received("POST", "/api/referrals/r-99/reroute")).hasSize(1);
    }

    @Test
    void anAlertOnALaterPageOfEscalationsIsFound() {
        SERVICES.answer("GET", "/api/escalations", request -> Answer.json(request.query().contains("page=1")
                ? AlertsPageTest.ESCALATIONS.replace("\"r-1\"", "\"r-150\"").replace("\"total\":2", "\"total\":150")
                : AlertsPageTest.ESCALATIONS.replace("\"total\":2", "\"total\":150")));

        HttpResponse<String> response = get("/alertes/r-150/reorienter", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response).select("h1").text()).isEqualTo("Réorienter l'orientation n° r-150");
        assertThat(SERVICES.received("GET", "/api/escalations")).extracting(Received::query)
                .allSatisfy(query -> assertThat(query).contains("territory=55").contains("size=100"))
                .hasSize(2);
    }

    @Test
    void aSecretaryGetsTheFrench403Page() {
        HttpResponse<String> page = get("/alertes/r-1/reorienter", SECRETARY);
        HttpResponse<String> form = post("/alertes/r-1/reorienter", SECRETARY, Map.of("venueId", LIGNY));

        assertThat(page.statusCode()).isEqualTo(403);
        assertThat(html(page).select("h1").text()).isEqualTo("Accès refusé");
        assertThat(form.statusCode()).isEqualTo(403);
        assertThat(html(form).select("h1").text()).isEqualTo("Accès refusé");
        assertThat(SERVICES.received("GET", "/api/escalations")).isEmpty();
        assertThat(SERVICES.received("POST", "/api/referrals/r-1/reroute")).isEmpty();
    }
}
