package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** "Alertes": the territory's escalated referrals, or a French notice while the API is not deployed. */
class AlertsPageTest extends CoordinatorPagesTestSupport {

    static final String ESCALATIONS = """
            {"items":[{"referralId":"r-1","venue":{"id":"demo-revigny-france-services","name":"France Services Revigny-sur-Ornain (démo)"},
              "commune":"Revigny-sur-Ornain","need":"Aide aux démarches administratives","lateByHours":51.2,
              "expiredAt":"2026-12-02T09:00:00Z"}],"page":0,"size":20,"total":1}""";

    @Test
    void theEscalatedReferralsShowHowLateTheyAreWithALink() {
        SERVICES.answer("GET", "/api/escalations", 200, ESCALATIONS);

        HttpResponse<String> response = get("/alertes", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        Element row = page.selectFirst("#alertes tr[data-orientation=r-1]");
        assertThat(row.select("th").text()).isEqualTo("France Services Revigny-sur-Ornain (démo)");
        assertThat(row.select("td.late").text().replace('\u00a0', ' ')).isEqualTo("2 jours et 3 h de retard");
        assertThat(row.select("td.numero").text()).isEqualTo("r-1");
        var call = SERVICES.received("GET", "/api/escalations").getFirst();
        assertThat(call.authorization()).isEqualTo("Bearer " + COORDINATOR);
        assertThat(call.query()).contains("territory=55");
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
}
