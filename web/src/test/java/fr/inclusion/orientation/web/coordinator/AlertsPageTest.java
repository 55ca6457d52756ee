package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** "Alertes": the territory's escalated referrals, or a French notice while the API is not deployed. */
class AlertsPageTest extends CoordinatorPagesTestSupport {

    static final String EXPIRED_VENUE = "demo-revigny-france-services";

    /** Two escalations as referral-service's {@code EscalationView} writes them. */
    static final String ESCALATIONS = """
            {"territory":"55","items":[
             {"referralId":"r-1","venue":{"id":"demo-revigny-france-services","name":"France Services Revigny-sur-Ornain (démo)"},
              "commune":"55427","epci":"200049187","departement":"55","need":"Aide aux démarches administratives",
              "sentAt":"2026-11-27T09:00:00+01:00","expiredAt":"2026-12-02T10:00:00+01:00",
              "escalatedAt":"2026-12-02T10:00:00+01:00","hoursWithoutAnswer":121,"lateByHours":51},
             {"referralId":"r-2","venue":{"id":"demo-verdun-mediatheque","name":null},
              "commune":"55545","epci":"200049203","departement":"55","need":"Utilisation sécurisée du numérique",
              "sentAt":"2026-11-28T09:00:00+01:00","expiredAt":"2026-12-03T10:00:00+01:00",
              "escalatedAt":"2026-12-03T10:00:00+01:00","hoursWithoutAnswer":121,"lateByHours":5}],
             "page":0,"size":20,"total":2}""";

    static final String REVIGNY = """
            {"code":"55427","nom":"Revigny-sur-Ornain","codesPostaux":["55800"],"population":2900,
             "epci":{"siren":"200049187","nom":"CC du Pays de Revigny-sur-Ornain"},"latitude":48.83,"longitude":4.98}""";

    static final String VERDUN = """
            {"code":"55545","nom":"Verdun","codesPostaux":["55100"],"population":16000,
             "epci":{"siren":"200049203","nom":"CA du Grand Verdun"},"latitude":49.16,"longitude":5.38}""";

    /** Escalations and the names of their communes, as the services answer them. */
    static void escalationsAnswered() {
        SERVICES.answer("GET", "/api/escalations", 200, ESCALATIONS);
        SERVICES.answer("GET", "/api/territory/communes/55427", 200, REVIGNY);
        SERVICES.answer("GET", "/api/territory/communes/55545", 200, VERDUN);
    }

    @Test
    void theEscalatedReferralsShowHowLateTheyAreWithTheCommuneAndTheNeedInWords() {
        escalationsAnswered();

        HttpResponse<String> response = get("/alertes", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        Element row = page.selectFirst("#alertes tr[data-orientation=r-1]");
        assertThat(row.select("th").text()).isEqualTo("France Services Revigny-sur-Ornain (démo)");
        assertThat(row.select("td.commune").text()).isEqualTo("Revigny-sur-Ornain");
        assertThat(row.select("td.besoin").text())
                .isEqualTo("Faire une démarche en ligne (CAF, impôts, retraite, santé, carte grise…)");
        assertThat(row.select("td.late").text().replace('\u00a0', ' ')).isEqualTo("2 jours et 3 h de retard");
        assertThat(row.select("td.numero").text()).isEqualTo("r-1");
        Element unnamed = page.selectFirst("#alertes tr[data-orientation=r-2]");
        assertThat(unnamed.select("th").text()).isEqualTo("demo-verdun-mediatheque");
        assertThat(unnamed.select("td.commune").text()).isEqualTo("Verdun");
        var call = SERVICES.received("GET", "/api/escalations").getFirst();
        assertThat(call.authorization()).isEqualTo("Bearer " + COORDINATOR);
        assertThat(call.query()).contains("territory=55");
    }

    @Test
    void eachAlertHasALinkToRerouteItNamingWhichOne() {
        escalationsAnswered();

        Document page = html(get("/alertes", COORDINATOR));

        assertThat(page.select("#alertes a.reorienter")).hasSize(2);
        Element link = page.selectFirst("#reorienter-r-1");
        assertThat(link.attr("href")).isEqualTo("/alertes/r-1/reorienter");
        assertThat(link.text()).isEqualTo("Réorienter l'orientation n° r-1 (Faire une démarche en ligne (CAF, "
                + "impôts, retraite, santé, carte grise…), Revigny-sur-Ornain)");
        assertThat(link.select(".visually-hidden").text()).startsWith("l'orientation n° r-1");
        assertThat(page.selectFirst("#reorienter-r-2").attr("href")).isEqualTo("/alertes/r-2/reorienter");
        assertThat(page.select("#alertes-confirmation, #alertes-avertissement")).isEmpty();
    }

    @Test
    void aReroutingIsConfirmedWithTheNewVenuesName() {
        escalationsAnswered();
        SERVICES.answer("GET", "/api/venues/demo-bar-le-duc-espace-numerique", 200, """
                {"id":"demo-bar-le-duc-espace-numerique","nom":"Espace numérique de Bar-le-Duc (démo)",
                 "commune":"Bar-le-Duc","code_insee":"55029","active":true,"version":3}""");

        HttpResponse<String> response = get("/alertes?confirmation=reorientee&lieu=demo-bar-le-duc-espace-numerique",
                COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response).select("#alertes-confirmation").text())
                .isEqualTo("L'orientation a été réorientée vers Espace numérique de Bar-le-Duc (démo).");
    }

    @Test
    void aConfirmationForAnUnknownVenueNamesNone() {
        escalationsAnswered();

        HttpResponse<String> response = get("/alertes?confirmation=reorientee&lieu=inconnu", COORDINATOR);

        assertThat(html(response).select("#alertes-confirmation").text()).isEqualTo("L'orientation a été réorientée.");
        assertThat(html(get("/alertes?confirmation=autre", COORDINATOR)).select("#alertes-confirmation")).isEmpty();
    }

    @Test
    void anUndeployedApiGivesAFrenchNoticeNotAnErrorPage() {
        HttpResponse<String> response = get("/alertes", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(html(response).select("#alertes-indisponibles").text())
                .isEqualTo("Les alertes seront bientôt disponibles.");
    }

    @Test
    void aSecretaryGetsTheFrench403Page() {
        HttpResponse<String> response = get("/alertes", SECRETARY);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(html(response).select("h1").text()).isEqualTo("Accès refusé");
        assertThat(SERVICES.received("GET", "/api/escalations")).isEmpty();
    }

    @Test
    void anAlertSomeoneReroutedAlreadySaysSoInsteadOfOfferingItAgain() {
        SERVICES.answer("GET", "/api/escalations", 200, ESCALATIONS.replace("\"lateByHours\":51}",
                "\"lateByHours\":51,\"reroutedTo\":\"r-9\"}"));
        SERVICES.answer("GET", "/api/territory/communes/55427", 200, REVIGNY);
        SERVICES.answer("GET", "/api/territory/communes/55545", 200, VERDUN);

        Document page = html(get("/alertes", COORDINATOR));

        assertThat(page.selectFirst("#alertes tr[data-orientation=r-1] td.action").text())
                .isEqualTo("Déjà réorientée");
        assertThat(page.select("#reorienter-r-1")).isEmpty();
        assertThat(page.select("#reorienter-r-2")).hasSize(1);

        HttpResponse<String> again = get("/alertes/r-1/reorienter", COORDINATOR);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(html(again).selectFirst("#alertes-avertissement").text())
                .isEqualTo("L'orientation n° r-1 a déjà été réorientée : rien d'autre à faire.");
        assertThat(SERVICES.received("GET", "/api/venues/search")).isEmpty();
    }
}
