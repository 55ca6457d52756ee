package fr.inclusion.orientation.venue;

import static fr.inclusion.orientation.venue.VenueApi.ADMIN;
import static fr.inclusion.orientation.venue.VenueApi.assertProblem;
import static fr.inclusion.orientation.venue.VenueApi.errorFields;
import static fr.inclusion.orientation.venue.VenueApi.json;
import static fr.inclusion.orientation.venue.VenueApi.newId;
import static fr.inclusion.orientation.venue.VenueApi.read;
import static fr.inclusion.orientation.venue.VenueApi.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestJwts;

/**
 * Every write that touches a place, by coordinators of an EPCI ({@code coord.revigny}, CC du Pays de
 * Revigny-sur-Ornain), of a département ({@code coord.meuse}) and by an admin: registering, editing, pausing,
 * resuming and withdrawing a venue, importing venues, importing the fragility index, approving a correction. Outside
 * the territory: 403 {@code territory-forbidden} and nothing stored (imports: the row rejected, naming the field).
 * Same configuration as {@code VenueServiceTest}, so they share one context; every test works on venues and
 * communes of its own.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=true")
@RealInfrastructure
class VenueTerritoryApiTest {

    private static final String EPCI_COORDINATOR = TestJwts.coordinator("coord.revigny", "245501184");
    private static final String DEPARTEMENT_COORDINATOR = TestJwts.coordinator("coord.meuse", "55");
    private static final String SECRETARY = TestJwts.secretary("secretaire.sommeilles", "55493");
    private static final String TERRITORY_FORBIDDEN = "https://orientation-numerique.fr/problems/territory-forbidden";
    private static final String IFN_HEADER = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,"
            + "poverty_rate,older_65_rate,nscol15p_rate,total";

    /** In Meuse, outside the CC du Pays de Revigny-sur-Ornain (CA de Bar-le-Duc - Sud Meuse). */
    private static final String[] BAR_LE_DUC = {"Bar-le-Duc", "55000", "55029"};
    /** In Marne (51): another département, absent from the reference data. */
    private static final String[] CHALONS = {"Châlons-en-Champagne", "51000", "51108"};

    @LocalServerPort
    int port;

    private VenueApi api;

    @BeforeEach
    void api() {
        api = new VenueApi(port);
    }

    // --- register -----------------------------------------------------------------------------------------------

    @Test
    void anEpciCoordinatorRegistersVenuesOfTheirEpciOnly() {
        String inside = newId();
        String otherEpci = newId();
        String otherDepartement = newId();

        assertThat(register(venue(inside), EPCI_COORDINATOR).statusCode()).isEqualTo(201);
        assertOutside(register(in(venue(otherEpci), BAR_LE_DUC), EPCI_COORDINATOR), "code_insee");
        assertOutside(register(in(venue(otherDepartement), CHALONS), EPCI_COORDINATOR), "code_insee");

        assertThat(api.get("/api/venues/" + inside, ADMIN).statusCode()).isEqualTo(200);
        assertProblem(api.get("/api/venues/" + otherEpci, ADMIN), 404);
        assertProblem(api.get("/api/venues/" + otherDepartement, ADMIN), 404);
    }

    @Test
    void aDepartementCoordinatorRegistersInTheirDepartementButNotInAnother() {
        String meuse = newId();
        String marne = newId();

        assertThat(register(in(venue(meuse), BAR_LE_DUC), DEPARTEMENT_COORDINATOR).statusCode()).isEqualTo(201);
        HttpResponse<String> refused = register(in(venue(marne), CHALONS), DEPARTEMENT_COORDINATOR);

        JsonNode problem = assertOutside(refused, "code_insee");
        assertThat(problem.path("detail").asString()).contains("département 55");
        assertThat(problem.path("errors").path(0).path("message").asString()).contains("51108");
        assertProblem(api.get("/api/venues/" + marne, ADMIN), 404);
    }

    @Test
    void anAdminRegistersAnywhere() {
        String marne = newId();
        String corsica = newId();

        assertThat(register(in(venue(marne), CHALONS), ADMIN).statusCode()).isEqualTo(201);
        assertThat(register(in(venue(corsica), new String[] {"Ajaccio", "20000", "2A004"}), ADMIN).statusCode())
                .isEqualTo(201);
    }

    @Test
    void aMobileVenueIsInsideOnlyWhenEveryCommuneItStopsInIs() {
        String id = newId();
        Map<String, Object> bus = mobile(venue(id), "55493", "55029");

        assertOutside(register(bus, EPCI_COORDINATOR), "stops[1].commune");
        assertProblem(api.get("/api/venues/" + id, ADMIN), 404);
        assertThat(register(bus, DEPARTEMENT_COORDINATOR).statusCode()).as("both stops are in Meuse")
                .isEqualTo(201);
    }

    @Test
    void aCorsicanVenueIsInItsOwnDepartementCode() {
        Map<String, Object> ajaccio = in(venue(newId()), new String[] {"Ajaccio", "20000", "2A004"});

        assertOutside(register(ajaccio, TestJwts.coordinator("coord.hautecorse", "2B")), "code_insee");
        assertOutside(register(ajaccio, TestJwts.coordinator("coord.corse", "20")), "code_insee");
        assertThat(register(ajaccio, TestJwts.coordinator("coord.corsedusud", "2A")).statusCode()).isEqualTo(201);
    }

    // --- edit ---------------------------------------------------------------------------------------------------

    @Test
    void anEpciCoordinatorNeitherEditsAVenueOutsideNorMovesOneOut() {
        String barLeDuc = api.registered(in(venue(newId()), BAR_LE_DUC));
        String revigny = api.registered();

        assertOutside(edit(barLeDuc, renamed(in(venue(barLeDuc), BAR_LE_DUC)), EPCI_COORDINATOR), "code_insee");
        assertOutside(edit(revigny, in(venue(revigny), BAR_LE_DUC), EPCI_COORDINATOR), "code_insee");

        assertUnchanged(barLeDuc, "55029");
        assertUnchanged(revigny, "55427");
        HttpResponse<String> inside = edit(revigny, renamed(venue(revigny)), EPCI_COORDINATOR);
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
        assertThat(read(inside).path("version").asLong()).isEqualTo(2);
    }

    @Test
    void aDepartementCoordinatorEditsInTheirDepartementButNeitherAcrossNorOverItsBorder() {
        String barLeDuc = api.registered(in(venue(newId()), BAR_LE_DUC));
        String chalons = api.registered(in(venue(newId()), CHALONS));

        HttpResponse<String> inside = edit(barLeDuc, renamed(in(venue(barLeDuc), BAR_LE_DUC)),
                DEPARTEMENT_COORDINATOR);
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
        assertOutside(edit(chalons, renamed(in(venue(chalons), CHALONS)), DEPARTEMENT_COORDINATOR), "code_insee");
        assertOutside(edit(barLeDuc, in(venue(barLeDuc), CHALONS), DEPARTEMENT_COORDINATOR), "code_insee");

        assertUnchanged(chalons, "51108");
        JsonNode moved = read(api.get("/api/venues/" + barLeDuc, ADMIN));
        assertThat(moved.path("code_insee").asString()).isEqualTo("55029");
        assertThat(moved.path("version").asLong()).as("only the edit inside").isEqualTo(2);
    }

    @Test
    void anAdminEditsAnywhereAndVenueStaffTheirOwnVenueWhereverItIs() {
        String chalons = api.registered(in(venue(newId()), CHALONS));

        assertThat(edit(chalons, renamed(in(venue(chalons), CHALONS)), ADMIN).statusCode()).isEqualTo(200);
        Map<String, Object> again = in(venue(chalons), CHALONS);
        again.put("horaires", "Mo-Fr 10:00-12:00");
        assertThat(edit(chalons, again, TestJwts.venueStaff("lieu.chalons", chalons)).statusCode())
                .isEqualTo(200);
        assertThat(read(api.get("/api/venues/" + chalons, ADMIN)).path("version").asLong()).isEqualTo(3);
    }

    // --- pause and resume ---------------------------------------------------------------------------------------

    @Test
    void pausingIntakeIsForTheCoordinatorsOfTheVenuesTerritory() {
        String barLeDuc = api.registered(in(venue(newId()), BAR_LE_DUC));
        String chalons = api.registered(in(venue(newId()), CHALONS));

        assertOutside(availability(barLeDuc, true, EPCI_COORDINATOR), "code_insee");
        assertThat(read(api.get("/api/venues/" + barLeDuc, ADMIN)).path("intake_paused").asBoolean()).isFalse();
        assertThat(availability(barLeDuc, true, DEPARTEMENT_COORDINATOR).statusCode()).isEqualTo(200);
        assertThat(read(api.get("/api/venues/" + barLeDuc, ADMIN)).path("intake_paused").asBoolean()).isTrue();

        assertOutside(availability(chalons, true, DEPARTEMENT_COORDINATOR), "code_insee");
        assertUnchanged(chalons, "51108");
        assertThat(availability(chalons, true, ADMIN).statusCode()).isEqualTo(200);
        assertThat(read(api.get("/api/venues/" + chalons, ADMIN)).path("intake_paused").asBoolean()).isTrue();
    }

    @Test
    void resumingIntakeIsForTheCoordinatorsOfTheVenuesTerritoryToo() {
        String barLeDuc = api.registered(in(venue(newId()), BAR_LE_DUC));
        String chalons = api.registered(in(venue(newId()), CHALONS));
        assertThat(availability(barLeDuc, true, ADMIN).statusCode()).isEqualTo(200);
        assertThat(availability(chalons, true, ADMIN).statusCode()).isEqualTo(200);

        assertOutside(availability(barLeDuc, false, EPCI_COORDINATOR), "code_insee");
        assertOutside(availability(chalons, false, DEPARTEMENT_COORDINATOR), "code_insee");

        assertThat(read(api.get("/api/venues/" + barLeDuc, ADMIN)).path("intake_paused").asBoolean()).isTrue();
        JsonNode stillPaused = read(api.get("/api/venues/" + chalons, ADMIN));
        assertThat(stillPaused.path("intake_paused").asBoolean()).isTrue();
        assertThat(stillPaused.path("version").asLong()).isEqualTo(2);
        assertThat(availability(barLeDuc, false, DEPARTEMENT_COORDINATOR).statusCode()).isEqualTo(200);
        assertThat(availability(chalons, false, ADMIN).statusCode()).isEqualTo(200);
        assertThat(read(api.get("/api/venues/" + barLeDuc, ADMIN)).path("intake_paused").asBoolean()).isFalse();
        assertThat(read(api.get("/api/venues/" + chalons, ADMIN)).path("intake_paused").asBoolean()).isFalse();
    }

    // --- withdraw -----------------------------------------------------------------------------------------------

    @Test
    void withdrawingIsForTheCoordinatorsOfTheVenuesTerritory() {
        String barLeDuc = api.registered(in(venue(newId()), BAR_LE_DUC));
        String chalons = api.registered(in(venue(newId()), CHALONS));

        assertOutside(api.send("DELETE", "/api/venues/" + barLeDuc, EPCI_COORDINATOR, null), "code_insee");
        assertOutside(api.send("DELETE", "/api/venues/" + chalons, DEPARTEMENT_COORDINATOR, null), "code_insee");

        assertThat(read(api.get("/api/venues/" + barLeDuc, ADMIN)).path("active").asBoolean()).isTrue();
        assertUnchanged(chalons, "51108");
        assertThat(api.send("DELETE", "/api/venues/" + barLeDuc, DEPARTEMENT_COORDINATOR, null).statusCode())
                .isEqualTo(204);
        assertThat(api.send("DELETE", "/api/venues/" + chalons, ADMIN, null).statusCode()).isEqualTo(204);
        assertThat(read(api.get("/api/venues/" + barLeDuc, ADMIN)).path("active").asBoolean()).isFalse();
        assertThat(read(api.get("/api/venues/" + chalons, ADMIN)).path("active").asBoolean()).isFalse();
    }

    // --- import -------------------------------------------------------------------------------------------------

    @Test
    void anEpciCoordinatorsImportRejectsEveryRowOutsideTheirEpciAndImportsTheOthers() {
        String known = api.registered(in(venue(newId()), BAR_LE_DUC));
        String revigny = api.registered();
        String inside = newId();
        String otherEpci = newId();
        String otherDepartement = newId();
        String bus = newId();
        List<Map<String, Object>> file = List.of(
                venue(inside),
                in(venue(otherEpci), BAR_LE_DUC),
                in(venue(otherDepartement), CHALONS),
                renamed(in(venue(known), BAR_LE_DUC)),
                in(venue(revigny), BAR_LE_DUC),
                mobile(venue(bus), "55029"));

        JsonNode job = importAndWait("application/json", json(file), EPCI_COORDINATOR);

        assertThat(job.path("status").asString()).isEqualTo("DONE");
        assertThat(job.path("imported").asInt()).isEqualTo(1);
        assertThat(job.path("updated").asInt()).isZero();
        assertThat(job.path("rejectedRows").asInt()).isEqualTo(5);
        assertThat(rejections(job)).containsExactly("2 code_insee", "3 code_insee", "4 code_insee", "5 code_insee",
                "6 stops[0].commune");
        assertThat(job.path("rejected").values()).allSatisfy(r -> assertThat(r.path("reason").asString())
                .contains("hors de votre territoire (EPCI 245501184)"));
        assertThat(api.get("/api/venues/" + inside, ADMIN).statusCode()).isEqualTo(200);
        for (String refused : List.of(otherEpci, otherDepartement, bus)) {
            assertProblem(api.get("/api/venues/" + refused, ADMIN), 404);
        }
        assertUnchanged(known, "55029");
        assertUnchanged(revigny, "55427");
    }

    @Test
    void aDepartementCoordinatorsCsvImportTakesTheirDepartementOnlyAndAnAdminsTakesEverything() {
        String revigny = newId();
        String barLeDuc = newId();
        String chalons = newId();
        String csv = "id;pivot;nom;commune;code_postal;code_insee;adresse;date_maj\n"
                + revigny + ";20004478300014;Lieu;Revigny-sur-Ornain;55800;55427;1 rue;2026-11-01\n"
                + barLeDuc + ";20004478300014;Lieu;Bar-le-Duc;55000;55029;1 rue;2026-11-01\n"
                + chalons + ";20004478300014;Lieu;Châlons-en-Champagne;51000;51108;1 rue;2026-11-01\n";

        JsonNode coordinator = importAndWait("text/csv", csv, DEPARTEMENT_COORDINATOR);

        assertThat(coordinator.path("imported").asInt()).isEqualTo(2);
        assertThat(rejections(coordinator)).containsExactly("4 code_insee");
        assertThat(coordinator.path("rejected").path(0).path("reason").asString())
                .isEqualTo("la commune 51108 est hors de votre territoire (département 55)");
        assertProblem(api.get("/api/venues/" + chalons, ADMIN), 404);

        JsonNode admin = importAndWait("text/csv", csv, ADMIN);

        assertThat(admin.path("imported").asInt()).isEqualTo(1);
        assertThat(admin.path("unchanged").asInt()).isEqualTo(2);
        assertThat(admin.path("rejected").values()).isEmpty();
        assertThat(read(api.get("/api/venues/" + chalons, ADMIN)).path("code_insee").asString()).isEqualTo("51108");
    }

    // --- fragility index ----------------------------------------------------------------------------------------

    @Test
    void anEpciCoordinatorMayNotUploadTheFragilityOfAnotherTerritoryAndNothingOfTheFileIsWritten() {
        assertThat(uploadFragility(ADMIN, "Bar-le-Duc,city,55029,3,3,3,3,3,3.0").statusCode()).isEqualTo(200);

        HttpResponse<String> refused = uploadFragility(EPCI_COORDINATOR, "Sommeilles,city,55493,8,8,8,8,8,8.0",
                "Bar-le-Duc,city,55029,9,9,9,9,9,9.0");

        JsonNode problem = assertOutside(refused, "code");
        assertThat(problem.path("detail").asString()).contains("rien n'a été importé");
        assertThat(problem.path("errors").path(0).path("message").asString())
                .isEqualTo("ligne 3 : la commune 55029 (Bar-le-Duc) est hors de votre territoire (EPCI 245501184)");
        assertThat(fragilityOf("55029").path("total").asDouble()).as("unchanged").isEqualTo(3.0);
        assertThat(fragilityOf("55493").isMissingNode()).as("the line inside is not written either").isTrue();

        HttpResponse<String> inside = uploadFragility(EPCI_COORDINATOR, "Sommeilles,city,55493,8,8,8,8,8,8.0");
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
        assertThat(fragilityOf("55493").path("total").asDouble()).isEqualTo(8.0);
    }

    @Test
    void theWholeMeuseFileIsRefusedToAnEpciCoordinator() throws Exception {
        String meuse = Files.readString(SharedData.file("ifn-meuse-communes.csv"));

        HttpResponse<String> refused = api.send("POST", "/api/territory/fragility", EPCI_COORDINATOR, "text/csv",
                meuse);

        JsonNode problem = assertOutside(refused, null);
        assertThat(problem.path("detail").asString()).startsWith("Le fichier contient 483 lignes de communes hors");
        assertThat(problem.path("errors").values()).hasSize(20);
        assertThat(fragilityOf("55011").isMissingNode()).as("Andernay, in the EPCI: nothing written").isTrue();
        assertThat(fragilityOf("55001").isMissingNode()).isTrue();
    }

    @Test
    void aDepartementCoordinatorUploadsForTheirDepartementButNotForAnother() {
        HttpResponse<String> refused = uploadFragility(DEPARTEMENT_COORDINATOR,
                "Commercy,city,55122,4,4,4,4,4,4.0", "Châlons-en-Champagne,city,51108,5,5,5,5,5,5.0");

        assertOutside(refused, "code");
        assertThat(fragilityOf("55122").isMissingNode()).isTrue();
        HttpResponse<String> inside = uploadFragility(DEPARTEMENT_COORDINATOR, "Commercy,city,55122,4,4,4,4,4,4.0");
        assertThat(inside.statusCode()).as(inside.body()).isEqualTo(200);
        assertThat(fragilityOf("55122").path("total").asDouble()).isEqualTo(4.0);
    }

    @Test
    void anAdminUploadsAnyFile() {
        HttpResponse<String> response = uploadFragility(ADMIN, "Verdun,city,55545,6,6,6,6,6,6.0",
                "Châlons-en-Champagne,city,51108,5,5,5,5,5,5.0");

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(read(response).path("imported").asInt()).isEqualTo(1);
        assertThat(read(response).path("rejected").path(0).path("line").asInt())
                .as("not in the reference data, not refused for its territory").isEqualTo(3);
        assertThat(fragilityOf("55545").path("total").asDouble()).isEqualTo(6.0);
    }

    // --- approving a correction ---------------------------------------------------------------------------------

    @Test
    void approvingACorrectionThatMovesAVenueOutOfTheTerritoryIsRefusedAndTheProposalStaysPending() {
        String venueId = api.registered();
        HttpResponse<String> proposed = api.send("POST", "/api/venues/" + venueId + "/proposals", SECRETARY,
                json(Map.of("commune", "Bar-le-Duc", "code_postal", "55000", "code_insee", "55029")));
        assertThat(proposed.statusCode()).as(proposed.body()).isEqualTo(201);
        String proposal = read(proposed).path("id").asString();

        assertOutside(api.send("POST", "/api/venue-proposals/" + proposal + "/approve", EPCI_COORDINATOR, null),
                "code_insee");

        assertUnchanged(venueId, "55427");
        assertThat(read(api.get("/api/venue-proposals/" + proposal, EPCI_COORDINATOR)).path("status").asString())
                .isEqualTo("pending");
        HttpResponse<String> approved = api.send("POST", "/api/venue-proposals/" + proposal + "/approve",
                DEPARTEMENT_COORDINATOR, null);
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        assertThat(read(api.get("/api/venues/" + venueId, ADMIN)).path("code_insee").asString()).isEqualTo("55029");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private HttpResponse<String> register(Map<String, Object> venue, String token) {
        return api.send("POST", "/api/venues", token, json(venue));
    }

    private HttpResponse<String> edit(String id, Map<String, Object> venue, String token) {
        return api.send("PUT", "/api/venues/" + id, token, json(venue));
    }

    private HttpResponse<String> availability(String id, boolean paused, String token) {
        return api.send("POST", "/api/venues/" + id + "/availability", token, json(Map.of("intakePaused", paused)));
    }

    private HttpResponse<String> uploadFragility(String token, String... lines) {
        return api.send("POST", "/api/territory/fragility", token, "text/csv",
                IFN_HEADER + "\n" + String.join("\n", lines) + "\n");
    }

    private JsonNode fragilityOf(String commune) {
        HttpResponse<String> response = api.get("/api/territory/communes/" + commune, ADMIN);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response).path("fragility");
    }

    private JsonNode importAndWait(String contentType, String file, String token) {
        HttpResponse<String> accepted = api.send("POST", "/api/venues/import", token, contentType, file);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
        String location = accepted.headers().firstValue("Location").orElseThrow();
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(50))
                .until(() -> read(api.get(location, token)),
                        job -> job.path("status").asString().matches("DONE|FAILED"));
    }

    private static List<String> rejections(JsonNode job) {
        return job.path("rejected").values().stream()
                .map(r -> r.path("line").asInt() + " " + r.path("field").asString()).toList();
    }

    /** 403 {@code territory-forbidden} in French, naming the field at fault first ({@code null}: not checked). */
    private static JsonNode assertOutside(HttpResponse<String> response, String field) {
        JsonNode problem = assertProblem(response, 403);
        assertThat(problem.path("type").asString()).isEqualTo(TERRITORY_FORBIDDEN);
        assertThat(problem.path("title").asString()).isEqualTo("Accès refusé");
        assertThat(problem.path("detail").asString()).contains("hors de votre territoire");
        if (field != null) {
            assertThat(errorFields(response)).first().isEqualTo(field);
        }
        return problem;
    }

    /** The venue is as an admin registered it: first version, not renamed, in its commune, listed, taking referrals. */
    private void assertUnchanged(String id, String codeInsee) {
        JsonNode venue = read(api.get("/api/venues/" + id, ADMIN));
        assertThat(venue.path("version").asLong()).isEqualTo(1);
        assertThat(venue.path("nom").asString()).isEqualTo("Espace numérique d'essai");
        assertThat(venue.path("code_insee").asString()).isEqualTo(codeInsee);
        assertThat(venue.path("active").asBoolean()).isTrue();
        assertThat(venue.path("intake_paused").asBoolean()).isFalse();
    }

    private static Map<String, Object> in(Map<String, Object> venue, String[] commune) {
        venue.put("commune", commune[0]);
        venue.put("code_postal", commune[1]);
        venue.put("code_insee", commune[2]);
        venue.remove("latitude");
        venue.remove("longitude");
        return venue;
    }

    private static Map<String, Object> renamed(Map<String, Object> venue) {
        venue.put("nom", "Nom changé");
        return venue;
    }

    /** The venue made mobile, stopping on Tuesdays in each of these communes. */
    private static Map<String, Object> mobile(Map<String, Object> venue, String... communes) {
        List<Map<String, Object>> stops = new ArrayList<>();
        for (String commune : communes) {
            stops.add(Map.of("commune", commune, "weekday", 2, "from", "14:00", "to", "16:00", "place", "Mairie"));
        }
        venue.put("itinerance", List.of("Itinérant"));
        venue.put("stops", stops);
        return venue;
    }
}
