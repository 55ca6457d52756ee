package fr.inclusion.orientation.venue.proposal;

import static fr.inclusion.orientation.venue.VenueApi.ADMIN;
import static fr.inclusion.orientation.venue.VenueApi.assertProblem;
import static fr.inclusion.orientation.venue.VenueApi.errorFields;
import static fr.inclusion.orientation.venue.VenueApi.eventsOf;
import static fr.inclusion.orientation.venue.VenueApi.json;
import static fr.inclusion.orientation.venue.VenueApi.read;
import static fr.inclusion.orientation.venue.VenueApi.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.venue.VenueApi;

/**
 * Corrections proposed, listed and decided through HTTP, with the store and broker real. Same configuration as
 * {@code VenueServiceTest}, so they share one context; every test works on venues of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=true")
@RealInfrastructure
class VenueCorrectionsApiTest {

    private static final String SECRETARY = TestJwts.secretary("secretaire.sommeilles", "55493");
    private static final String OTHER_SECRETARY = TestJwts.secretary("secretaire.revigny", "55427");
    private static final String EPCI_COORDINATOR = TestJwts.coordinator("coord.revigny", "245501184");
    private static final String DEPARTEMENT_COORDINATOR = TestJwts.coordinator("coord.meuse", "55");
    /** CC du Pays d'Étain, another EPCI of Meuse. */
    private static final String OTHER_EPCI_COORDINATOR = TestJwts.coordinator("coord.etain", "245501242");
    private static final String OTHER_DEPARTEMENT_COORDINATOR = TestJwts.coordinator("coord.marne", "51");
    private static final String SATURDAY = "Mo-Fr 09:00-12:00; Sa 09:00-12:00";

    @LocalServerPort
    int port;

    private VenueApi api;

    @BeforeEach
    void api() {
        api = new VenueApi(port);
    }

    // --- proposing ----------------------------------------------------------------------------------------------

    @Test
    void aSecretaryProposesACorrectionThatWaitsForADecision() {
        String venueId = api.registered();

        HttpResponse<String> response = propose(venueId, SECRETARY,
                Map.of("horaires", SATURDAY, "comment", "Le lieu ouvre aussi le samedi matin."));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        JsonNode proposal = read(response);
        assertThat(response.headers().firstValue("Location"))
                .hasValue("/api/venue-proposals/" + proposal.path("id").asString());
        assertThat(proposal.path("venueId").asString()).isEqualTo(venueId);
        assertThat(proposal.path("status").asString()).isEqualTo("pending");
        assertThat(proposal.path("changes").path("horaires").asString()).isEqualTo(SATURDAY);
        assertThat(proposal.path("changes").has("comment")).as("the comment is not a change").isFalse();
        assertThat(proposal.path("comment").asString()).isEqualTo("Le lieu ouvre aussi le samedi matin.");
        assertThat(proposal.path("proposedBy").asString()).isEqualTo(TestJwts.subjectOf("secretaire.sommeilles"));
        assertThat(proposal.path("proposedAt").asString()).isNotBlank();
        assertThat(read(api.get("/api/venues/" + venueId, ADMIN)).path("horaires").asString())
                .as("nothing applied yet").isEqualTo("Mo-Fr 09:00-12:00");
    }

    @Test
    void everyRoleMayProposeAndTheAuthorReadsTheirProposal() {
        String venueId = api.registered();
        String staffOfAnotherVenue = TestJwts.venueStaff("lieu.autre", api.registered());

        for (String token : List.of(SECRETARY, staffOfAnotherVenue, EPCI_COORDINATOR, ADMIN)) {
            HttpResponse<String> created = propose(venueId, token, Map.of("telephone", List.of("03 29 00 00 10")));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            assertThat(read(created).path("changes").path("telephone").path(0).asString()).isEqualTo("03 29 00 00 10");
        }
        String id = idOf(propose(venueId, SECRETARY, Map.of("nom", "Nouveau nom")));

        assertThat(api.get("/api/venue-proposals/" + id, SECRETARY).statusCode()).isEqualTo(200);
        assertProblem(api.get("/api/venue-proposals/" + id, OTHER_SECRETARY), 404);
        assertProblem(api.get("/api/venue-proposals/" + id, OTHER_EPCI_COORDINATOR), 404);
        assertThat(api.get("/api/venue-proposals/" + id, EPCI_COORDINATOR).statusCode()).isEqualTo(200);
    }

    @Test
    void aProposalBreakingTheRulesOnceAppliedIsRefusedWithItsFields() {
        String venueId = api.registered();

        HttpResponse<String> response = propose(venueId, SECRETARY, Map.of("code_postal", "558",
                "services", List.of("Réparation de vélos"), "latitude", 120, "comment", "corrections"));

        JsonNode problem = assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("code_postal", "services", "latitude");
        assertThat(problem.path("detail").asString()).contains("standard national");
        assertThat(read(api.get("/api/venue-proposals?status=pending&size=100", ADMIN)).path("items").values())
                .noneMatch(p -> p.path("venueId").asString().equals(venueId));
    }

    @Test
    void unknownFieldsAndValuesOfTheWrongTypeAreNamed() {
        String venueId = api.registered();

        HttpResponse<String> unknown = propose(venueId, SECRETARY, Map.of("horaire", SATURDAY));
        HttpResponse<String> wrongType = propose(venueId, SECRETARY, Map.of("date_maj", "hier"));
        HttpResponse<String> badComment = propose(venueId, SECRETARY, Map.of("nom", "X", "comment", List.of(1)));

        assertProblem(unknown, 400);
        assertThat(errorFields(unknown)).containsExactly("horaire");
        assertThat(read(unknown).path("errors").path(0).path("message").asString()).contains("horaires");
        assertProblem(wrongType, 400);
        assertThat(errorFields(wrongType)).containsExactly("date_maj");
        assertProblem(badComment, 400);
        assertThat(errorFields(badComment)).containsExactly("comment");
    }

    @Test
    void aProposalThatChangesNothingOrIsNotAnObjectIsRefused() {
        String venueId = api.registered();

        JsonNode nothing = assertProblem(propose(venueId, SECRETARY, Map.of("comment", "rien")), 400);
        JsonNode same = assertProblem(propose(venueId, SECRETARY, Map.of("nom", "Espace numérique d'essai")), 400);
        assertProblem(api.send("POST", "/api/venues/" + venueId + "/proposals", SECRETARY, "[1, 2]"), 400);
        assertProblem(api.send("POST", "/api/venues/" + venueId + "/proposals", SECRETARY, "{\"nom\": "), 400);

        assertThat(nothing.path("type").asString()).endsWith("/proposal-without-changes");
        assertThat(same.path("type").asString()).endsWith("/proposal-without-changes");
    }

    @Test
    void proposingForAnUnknownVenueOrWithoutATokenIsAProblem() {
        assertProblem(propose(VenueApi.newId(), SECRETARY, Map.of("nom", "X")), 404);
        assertProblem(propose(api.registered(), null, Map.of("nom", "X")), 401);
    }

    // --- listing ------------------------------------------------------------------------------------------------

    @Test
    void coordinatorsListThePendingProposalsOfTheirTerritory() {
        String venueId = api.registered();
        String id = idOf(propose(venueId, SECRETARY, Map.of("horaires", SATURDAY)));

        assertThat(pendingIds(EPCI_COORDINATOR)).contains(id);
        assertThat(pendingIds(DEPARTEMENT_COORDINATOR)).contains(id);
        assertThat(pendingIds(ADMIN)).contains(id);
        assertThat(pendingIds(OTHER_EPCI_COORDINATOR)).doesNotContain(id);
        assertThat(pendingIds(OTHER_DEPARTEMENT_COORDINATOR)).doesNotContain(id);
        assertThat(pendingIds(TestJwts.token("coord.sans-territoire", List.of("coordinator"), List.of(), null, null)))
                .isEmpty();
    }

    @Test
    void theListFiltersByStatusAndPages() {
        String venueId = api.registered();
        String rejected = idOf(propose(venueId, SECRETARY, Map.of("nom", "Nom refusé")));
        String pending = idOf(propose(venueId, SECRETARY, Map.of("horaires", SATURDAY)));
        reject(rejected, ADMIN, "Nom inexact");

        assertThat(ids("/api/venue-proposals?status=rejected&size=100", ADMIN)).contains(rejected)
                .doesNotContain(pending);
        assertThat(ids("/api/venue-proposals?status=pending&size=100", ADMIN)).contains(pending)
                .doesNotContain(rejected);
        assertThat(ids("/api/venue-proposals?size=100", ADMIN)).contains(pending, rejected);
        JsonNode firstPage = read(api.get("/api/venue-proposals?size=1", ADMIN));
        assertThat(firstPage.path("items").size()).isEqualTo(1);
        assertThat(firstPage.path("total").asLong()).isGreaterThanOrEqualTo(2);
        assertThat(firstPage.path("size").asInt()).isEqualTo(1);
    }

    @Test
    void onlyCoordinatorsAndAdminsListAndBadParametersAreNamed() {
        assertProblem(api.get("/api/venue-proposals", SECRETARY), 403);
        assertProblem(api.get("/api/venue-proposals", TestJwts.venueStaff("lieu.test", "x")), 403);
        HttpResponse<String> status = api.get("/api/venue-proposals?status=waiting", ADMIN);
        assertProblem(status, 400);
        assertThat(errorFields(status)).containsExactly("status");
        assertProblem(api.get("/api/venue-proposals?size=1000", ADMIN), 400);
    }

    // --- deciding -----------------------------------------------------------------------------------------------

    @Test
    void anApprovalAppliesTheChangesPublishesTheUpdateAndTheHistoryNamesApproverAndAuthor() {
        String venueId = api.registered();
        String id = idOf(propose(venueId, SECRETARY, Map.of("horaires", SATURDAY, "frais_a_charge",
                List.of("Gratuit sous condition"))));

        HttpResponse<String> response = api.send("POST", "/api/venue-proposals/" + id + "/approve",
                EPCI_COORDINATOR, null);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode approved = read(response);
        assertThat(approved.path("status").asString()).isEqualTo("approved");
        assertThat(approved.path("decidedBy").asString()).isEqualTo(TestJwts.subjectOf("coord.revigny"));
        assertThat(approved.path("appliedVersion").asLong()).isEqualTo(2);
        JsonNode venue = read(api.get("/api/venues/" + venueId, OTHER_SECRETARY));
        assertThat(venue.path("horaires").asString()).isEqualTo(SATURDAY);
        assertThat(venue.path("frais_a_charge").path(0).asString()).isEqualTo("Gratuit sous condition");
        assertThat(venue.path("nom").asString()).isEqualTo("Espace numérique d'essai");
        assertThat(venue.path("version").asLong()).isEqualTo(2);

        JsonNode latest = read(api.get("/api/venues/" + venueId + "/history", EPCI_COORDINATOR)).path("items")
                .path(0);
        assertThat(latest.path("kind").asString()).isEqualTo("updated");
        assertThat(latest.path("by").asString()).isEqualTo(TestJwts.subjectOf("coord.revigny"));
        assertThat(latest.path("proposedBy").asString()).isEqualTo(TestJwts.subjectOf("secretaire.sommeilles"));
        assertThat(latest.path("proposalId").asString()).isEqualTo(id);
        assertThat(latest.path("fields").values()).extracting(JsonNode::asString)
                .containsExactly("horaires", "frais_a_charge");

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(eventsOf(venueId)).hasSize(2));
        VenueEvent update = eventsOf(venueId).get(1);
        assertThat(update).isInstanceOfSatisfying(VenueUpdated.class, e -> {
            assertThat(e.version()).isEqualTo(2);
            assertThat(e.venue().horaires()).isEqualTo(SATURDAY);
        });
    }

    @Test
    void decidingTwiceIsAConflict() {
        String venueId = api.registered();
        String id = idOf(propose(venueId, SECRETARY, Map.of("horaires", SATURDAY)));
        assertThat(api.send("POST", "/api/venue-proposals/" + id + "/approve", ADMIN, null).statusCode())
                .isEqualTo(200);

        JsonNode again = assertProblem(api.send("POST", "/api/venue-proposals/" + id + "/approve",
                EPCI_COORDINATOR, null), 409);
        JsonNode rejectAfter = assertProblem(reject(id, ADMIN, "trop tard"), 409);

        assertThat(again.path("type").asString()).endsWith("/proposal-already-decided");
        assertThat(again.path("proposalStatus").asString()).isEqualTo("approved");
        assertThat(rejectAfter.path("detail").asString()).contains("acceptée");
        assertThat(read(api.get("/api/venues/" + venueId, ADMIN)).path("version").asLong())
                .as("applied once").isEqualTo(2);
    }

    @Test
    void aRejectionKeepsTheReasonAndLeavesTheVenueAlone() {
        String venueId = api.registered();
        String id = idOf(propose(venueId, SECRETARY, Map.of("nom", "Nom fantaisiste")));

        HttpResponse<String> response = reject(id, DEPARTEMENT_COORDINATOR, "Ce n'est pas le nom officiel.");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("status").asString()).isEqualTo("rejected");
        assertThat(read(response).path("reason").asString()).isEqualTo("Ce n'est pas le nom officiel.");
        assertThat(read(api.get("/api/venue-proposals/" + id, SECRETARY)).path("reason").asString())
                .as("the author sees why").isEqualTo("Ce n'est pas le nom officiel.");
        assertThat(read(api.get("/api/venues/" + venueId, ADMIN)).path("version").asLong()).isEqualTo(1);
        assertProblem(reject(id, ADMIN, "encore"), 409);
        assertProblem(api.send("POST", "/api/venue-proposals/" + id + "/approve", ADMIN, null), 409);
    }

    @Test
    void aRejectionNeedsAReason() {
        String id = idOf(propose(api.registered(), SECRETARY, Map.of("nom", "Autre")));

        HttpResponse<String> blank = reject(id, ADMIN, " ");
        HttpResponse<String> missing = api.send("POST", "/api/venue-proposals/" + id + "/reject", ADMIN, "{}");

        assertProblem(blank, 400);
        assertThat(errorFields(blank)).containsExactly("reason");
        assertProblem(missing, 400);
        assertThat(read(api.get("/api/venue-proposals/" + id, ADMIN)).path("status").asString())
                .isEqualTo("pending");
    }

    @Test
    void outsideTheirTerritoryCoordinatorsFindNothingToDecide() {
        String venueId = api.registered();
        String id = idOf(propose(venueId, SECRETARY, Map.of("horaires", SATURDAY)));

        JsonNode approve = assertProblem(api.send("POST", "/api/venue-proposals/" + id + "/approve",
                OTHER_EPCI_COORDINATOR, null), 404);
        assertProblem(reject(id, OTHER_DEPARTEMENT_COORDINATOR, "non"), 404);
        assertProblem(api.send("POST", "/api/venue-proposals/" + id + "/approve", SECRETARY, null), 403);
        assertProblem(api.send("POST", "/api/venue-proposals/" + id + "/approve",
                TestJwts.venueStaff("lieu.test", venueId), null), 403);
        assertProblem(api.send("POST", "/api/venue-proposals/" + VenueApi.newId() + "/approve", ADMIN, null), 404);

        assertThat(approve.path("type").asString()).endsWith("/proposal-not-found");
        assertThat(read(api.get("/api/venue-proposals/" + id, ADMIN)).path("status").asString())
                .isEqualTo("pending");
        assertThat(read(api.get("/api/venues/" + venueId, ADMIN)).path("version").asLong()).isEqualTo(1);
    }

    @Test
    void aProposalThatNoLongerFitsTheVenueStaysPendingWhenApproved() {
        Map<String, Object> bus = venue(VenueApi.newId());
        bus.put("itinerance", List.of("Itinérant"));
        String venueId = api.registered(bus);
        String id = idOf(propose(venueId, SECRETARY, Map.of("stops", List.of(Map.of("commune", "55493",
                "weekday", 2, "from", "14:00", "to", "16:00", "place", "Place de la mairie")))));
        bus.put("itinerance", List.of("Fixe"));
        assertThat(api.send("PUT", "/api/venues/" + venueId, ADMIN, json(bus)).statusCode()).isEqualTo(200);

        HttpResponse<String> response = api.send("POST", "/api/venue-proposals/" + id + "/approve", ADMIN, null);

        JsonNode problem = assertProblem(response, 409);
        assertThat(problem.path("type").asString()).endsWith("/proposal-no-longer-applicable");
        assertThat(errorFields(response)).contains("itinerance");
        assertThat(read(api.get("/api/venue-proposals/" + id, ADMIN)).path("status").asString())
                .isEqualTo("pending");
        assertThat(read(api.get("/api/venues/" + venueId, ADMIN)).path("stops").size()).isZero();
    }

    @Test
    void anApprovalKeepsWhatChangedSinceTheProposal() {
        String venueId = api.registered();
        String id = idOf(propose(venueId, SECRETARY, Map.of("horaires", SATURDAY)));
        Map<String, Object> renamed = venue(venueId);
        renamed.put("nom", "Espace numérique renommé");
        api.send("PUT", "/api/venues/" + venueId, TestJwts.venueStaff("lieu.test", venueId), json(renamed));

        assertThat(api.send("POST", "/api/venue-proposals/" + id + "/approve", ADMIN, null).statusCode())
                .isEqualTo(200);

        JsonNode venue = read(api.get("/api/venues/" + venueId, ADMIN));
        assertThat(venue.path("nom").asString()).isEqualTo("Espace numérique renommé");
        assertThat(venue.path("horaires").asString()).isEqualTo(SATURDAY);
        assertThat(venue.path("version").asLong()).isEqualTo(3);
    }

    @Test
    void aProposalMayClearAField() {
        Map<String, Object> withBooking = venue(VenueApi.newId());
        withBooking.put("prise_rdv", "https://example.org/ancien-rdv");
        String venueId = api.registered(withBooking);
        Map<String, Object> clear = new HashMap<>();
        clear.put("prise_rdv", null);
        clear.put("comment", "Le lien de prise de rendez-vous ne fonctionne plus.");
        String id = idOf(propose(venueId, SECRETARY, clear));

        JsonNode stored = read(api.get("/api/venue-proposals/" + id, ADMIN));
        assertThat(stored.path("changes").has("prise_rdv")).isTrue();
        assertThat(stored.path("changes").path("prise_rdv").isNull()).isTrue();
        assertThat(api.send("POST", "/api/venue-proposals/" + id + "/approve", ADMIN, null).statusCode())
                .isEqualTo(200);

        JsonNode venue = read(api.get("/api/venues/" + venueId, ADMIN));
        assertThat(venue.path("prise_rdv").isNull()).isTrue();
        assertThat(venue.path("version").asLong()).isEqualTo(2);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private HttpResponse<String> propose(String venueId, String token, Map<String, Object> body) {
        return api.send("POST", "/api/venues/" + venueId + "/proposals", token, json(body));
    }

    private HttpResponse<String> reject(String proposalId, String token, String reason) {
        return api.send("POST", "/api/venue-proposals/" + proposalId + "/reject", token,
                json(Map.of("reason", reason)));
    }

    private static String idOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return read(created).path("id").asString();
    }

    private List<String> pendingIds(String token) {
        return ids("/api/venue-proposals?status=pending&size=100", token);
    }

    private List<String> ids(String path, String token) {
        HttpResponse<String> response = api.get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response).path("items").values().stream().map(p -> p.path("id").asString()).toList();
    }
}
