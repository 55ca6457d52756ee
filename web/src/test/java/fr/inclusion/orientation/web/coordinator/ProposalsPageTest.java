package fr.inclusion.orientation.web.coordinator;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.web.FakeServices.Received;

/** "Propositions": pending venue corrections, shown against the record, approved or rejected with a reason. */
class ProposalsPageTest extends CoordinatorPagesTestSupport {

    static final String VENUE_ID = "a1b2c3d4-0000-4000-8000-000000000001";
    static final String PROPOSAL_ID = "p-42";

    static final String PENDING = """
            {"items":[{"id":"p-42","venueId":"%s","changes":{"horaires":"Mo-Fr 09:00-12:00",
              "telephone":["+33300000002","+33300000003"]},"comment":"Nouveaux horaires d'hiver",
              "proposedBy":"u-7","proposedByUsername":"lieu.franceservices","proposedAt":"2026-12-03T09:05:00Z",
              "status":"pending","decidedBy":null,"decidedAt":null,"reason":null,"appliedVersion":null}],
             "page":0,"size":100,"total":1}""".formatted(VENUE_ID);

    static final String VENUE = """
            {"id":"%s","nom":"France Services Revigny-sur-Ornain (démo)","commune":"Revigny-sur-Ornain",
             "code_insee":"55427","horaires":"Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00",
             "telephone":["+33300000001"],"active":true,"version":4}""".formatted(VENUE_ID);

    static final String DECIDED = """
            {"id":"p-42","venueId":"%s","changes":{},"status":"approved","appliedVersion":5}""".formatted(VENUE_ID);

    @BeforeEach
    void aPendingProposal() {
        SERVICES.answer("GET", "/api/venue-proposals", 200, PENDING);
        SERVICES.answer("GET", "/api/venues/" + VENUE_ID, 200, VENUE);
    }

    @Test
    void theProposedChangeIsShownAgainstTheCurrentValue() {
        HttpResponse<String> response = get("/propositions", COORDINATOR);

        assertThat(response.statusCode()).isEqualTo(200);
        Document page = html(response);
        Element proposal = page.selectFirst("#proposition-p-42");
        assertThat(proposal.select("h2").text()).isEqualTo("France Services Revigny-sur-Ornain (démo)");
        Element hours = proposal.selectFirst("tr[data-champ=horaires]");
        assertThat(hours.select("th").text()).isEqualTo("Horaires d'ouverture");
        assertThat(hours.select("td.actuel").text()).isEqualTo("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00");
        assertThat(hours.select("td.propose").text()).isEqualTo("Mo-Fr 09:00-12:00");
        assertThat(proposal.select("tr[data-champ=telephone] td.propose span").eachText())
                .containsExactly("+33300000002", "+33300000003");
        assertThat(proposal.text()).contains("lieu.franceservices").contains("3 décembre 2026 à 10h05");
        assertThat(page.select("label[for=motif-p-42]")).hasSize(1);
        Received list = SERVICES.received("GET", "/api/venue-proposals").getFirst();
        assertThat(list.query()).contains("status=pending");
        assertThat(list.authorization()).isEqualTo("Bearer " + COORDINATOR);
    }

    @Test
    void approvingReachesVenueServiceWithTheTokenThenSeesOther() {
        SERVICES.answer("POST", "/api/venue-proposals/p-42/approve", 200, DECIDED);

        HttpResponse<String> response = post("/propositions/p-42/approuver", COORDINATOR, Map.of());

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/propositions?confirmation=approuvee");
        assertThat(SERVICES.received("POST", "/api/venue-proposals/p-42/approve").getFirst().authorization())
                .isEqualTo("Bearer " + COORDINATOR);
        assertThat(html(get("/propositions?confirmation=approuvee", COORDINATOR)).select(".notice--success").text())
                .startsWith("La correction est approuvée");
    }

    @Test
    void rejectingSendsTheReason() {
        SERVICES.answer("POST", "/api/venue-proposals/p-42/reject", 200, DECIDED.replace("approved", "rejected"));

        HttpResponse<String> response = post("/propositions/p-42/refuser", COORDINATOR,
                Map.of("reason", " Horaires déjà à jour "));

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(location(response)).isEqualTo("/propositions?confirmation=refusee");
        Received reject = SERVICES.received("POST", "/api/venue-proposals/p-42/reject").getFirst();
        assertThat(reject.authorization()).isEqualTo("Bearer " + COORDINATOR);
        assertThat(reject.body()).isEqualTo("{\"reason\":\"Horaires déjà à jour\"}");
    }

    @Test
    void aRejectionWithoutReasonIsSaidNextToTheField() {
        HttpResponse<String> response = post("/propositions/p-42/refuser", COORDINATOR, Map.of("reason", "  "));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.select("#motif-p-42-erreur").text()).startsWith("Le motif est obligatoire");
        assertThat(page.select("#motif-p-42").attr("aria-describedby")).contains("motif-p-42-erreur");
        assertThat(SERVICES.received("POST", "/api/venue-proposals/p-42/reject")).isEmpty();
    }

    @Test
    void theServicesRefusalOfTheReasonIsShownNextToTheField() {
        SERVICES.answer("POST", "/api/venue-proposals/p-42/reject", 400, """
                {"type":"https://orientation-numerique.fr/problems/validation","title":"Requête invalide","status":400,
                 "detail":"Certains champs sont absents ou invalides.",
                 "errors":[{"field":"reason","message":"500 caractères au plus"}]}""");

        HttpResponse<String> response = post("/propositions/p-42/refuser", COORDINATOR, Map.of("reason", "trop long"));

        assertThat(response.statusCode()).isEqualTo(400);
        Document page = html(response);
        assertThat(page.select("#motif-p-42-erreur").text()).isEqualTo("Motif : 500 caractères au plus");
        assertThat(page.select("#motif-p-42").text()).isEqualTo("trop long");
    }

    @Test
    void aSecretaryGetsTheFrench403Page() {
        assertThat(get("/propositions", SECRETARY).statusCode()).isEqualTo(403);
        assertThat(post("/propositions/p-42/approuver", SECRETARY, Map.of()).statusCode()).isEqualTo(403);
        assertThat(SERVICES.received("POST", "/api/venue-proposals/p-42/approve")).isEmpty();
    }
}
