package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.web.FakeServices.Answer;

/** "Tableau de bord": the territory's flows, with « < 5 » where the API keeps a count secret. */
class DashboardPageTest extends CoordinatorPagesTestSupport {

    static String flows(String groupBy, String groups) {
        return """
                {"territory":"55","from":"2026-10-01","to":"2026-11-30","groupBy":"%s","groups":[%s],
                 "totals":{"sent":23,"accepted":15,"declined":3,"expired":2,"cancelled":1,"closed":4,"pending":2,
                  "acceptanceRate":0.652,"medianHoursToAccept":5.0,"p90HoursToAccept":30.0,
                  "outcomes":{"resolved":9,"no_show":"< 5"},"declinedReasons":{"session-complete":"< 5"}}}"""
                .formatted(groupBy, groups);
    }

    static final String WEEKS = """
            {"key":"2026-W45","sent":18,"accepted":12,"declined":"< 5",
             "expired":"< 5","cancelled":0,"closed":0,"pending":0,"acceptanceRate":0.667,"medianHoursToAccept":4.0},
            {"key":"2026-W46","sent":"< 5","accepted":"< 5","declined":0,
             "expired":0,"cancelled":0,"closed":0,"pending":"< 5"}""";

    static final String NEEDS = """
            {"key":"Aide aux démarches administratives","sent":20,"accepted":14,"declined":3,
             "expired":2,"cancelled":0,"closed":0,"pending":1,"acceptanceRate":0.7}""";

    static final String COMMUNES = """
            {"key":"55427","sent":"< 5","accepted":"< 5","declined":0,"expired":0,
             "cancelled":0,"closed":0,"pending":0}""";

    static final String VENUES = """
            {"key":"v1","label":"France Services Revigny-sur-Ornain (démo)","sent":7,"accepted":6,"declined":1,
             "expired":0,"cancelled":0,"closed":0,"pending":0,"acceptanceRate":0.857}""";

    void flowsAnswered() {
        SERVICES.answer("GET", "/api/territory/communes/55427", 200, AlertsPageTest.REVIGNY);
        SERVICES.answer("GET", "/api/flows", request -> {
            String query = request.query();
            if (query.contains("groupBy=week")) {
                return Answer.json(flows("week", WEEKS));
            }
            if (query.contains("groupBy=need")) {
                return Answer.json(flows("need", NEEDS));
            }
            if (query.contains("groupBy=commune")) {
                return Answer.json(flows("commune", COMMUNES));
            }
            return Answer.json(flows("venue", VENUES));
        });
    }

    @Test
    void theCoordinatorSeesHerTerritorysFlowsWithSecretCountsAsLessThanFive() {
        flowsAnswered();

        HttpResponse<String> response = get("/tableau-de-bord?from=2026-10-01&to=2026-11-30", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        assertThat(page.select("#total-envoyees").text()).isEqualTo("23");
        assertThat(page.select("#total-taux").text().replace('\u00a0', ' ')).isEqualTo("65 %");
        assertThat(page.select("#total-mediane").text().replace('\u00a0', ' ')).isEqualTo("5 h");
        assertThat(page.select("#total-p90").text().replace('\u00a0', ' ')).isEqualTo("30 h");
        assertThat(page.select("#issues tbody tr").get(1).text()).isEqualTo("L'habitant ne s'est pas présenté < 5");
        assertThat(page.select("#motifs-refus td").text()).isEqualTo("< 5");
        assertThat(page.select("#semaines tbody tr")).hasSize(2);
        assertThat(page.select("#semaines tbody tr").get(1).select("td").first().text()).isEqualTo("< 5");
        assertThat(page.select("#communes tbody tr td").first().text()).isEqualTo("< 5");
        assertThat(page.select("#besoins tbody th").text())
                .isEqualTo("Faire une démarche en ligne (CAF, impôts, retraite, santé, carte grise…)");
        assertThat(page.select("#communes tbody th").text()).isEqualTo("Revigny-sur-Ornain");
        assertThat(page.select("#semaines tbody th").eachText())
                .containsExactly("Semaine du 2 novembre 2026", "Semaine du 9 novembre 2026");
        assertThat(page.select("#lieux tbody td").get(4).text().replace('\u00a0', ' ')).isEqualTo("86 %");
        assertThat(page.head().select("title").eachText()).containsExactly("Tableau de bord – Orientation numérique");
        assertThat(page.select("svg rect.coordinator-bar")).hasSize(2);
        assertThat(page.select("svg text.coordinator-bar__label").eachText()).containsExactly("S45", "S46");
        assertThat(page.select("#motifs-refus th[scope=row]").text())
                .isEqualTo("Plus de place disponible (session complète)");
        assertThat(page.select("svg text.coordinator-bar__value").eachText()).containsExactly("18", "< 5");
        assertThat(page.select("#export-csv").attr("href"))
                .isEqualTo("/api/flows/export?format=csv&territory=55&from=2026-10-01&to=2026-11-30&groupBy=week");
        var calls = SERVICES.received("GET", "/api/flows");
        assertThat(calls).hasSize(4);
        assertThat(calls).allSatisfy(call -> {
            assertThat(call.authorization()).isEqualTo("Bearer " + COORDINATOR);
            assertThat(call.query()).contains("territory=55").contains("from=2026-10-01").contains("to=2026-11-30");
        });
    }

    @Test
    void aWrongDateIsSaidNextToItsField() {
        HttpResponse<String> response = get("/tableau-de-bord?from=hier", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(html(response).select("#periode-debut-erreur").text()).startsWith("Date invalide");
        assertThat(SERVICES.received("GET", "/api/flows")).isEmpty();
    }

    @Test
    void aSecretaryGetsTheFrench403Page() {
        HttpResponse<String> response = get("/tableau-de-bord", SECRETARY);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(html(response).select("h1").text()).isEqualTo("Accès refusé");
    }
}
