package fr.inclusion.orientation.venue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.SharedData;
import fr.inclusion.orientation.testsupport.TestHttp;
import fr.inclusion.orientation.testsupport.TestJwts;
import fr.inclusion.orientation.venue.search.application.DirectoryIndex;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Fragility;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;
import fr.inclusion.orientation.venue.directory.domain.Venues;

/**
 * {@code GET /api/venues/search} and {@code GET /api/territory/coverage} through HTTP, with the store, the broker and
 * security real. A context of its own without demo data, so that rankings in Sommeilles depend only on the venues
 * these tests register (each test uses ids of its own; none depends on another's order).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "orientation.demo-data.enabled=false")
@RealInfrastructure
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchAndCoverageTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String SECRETARY = TestJwts.secretary("secretaire.sommeilles", "55493");
    private static final String COORDINATOR_MEUSE = TestJwts.coordinator("coord.meuse", "55");
    private static final String COORDINATOR_REVIGNY = TestJwts.coordinator("coord.revigny", "245501184");
    private static final String ADMIN_HELP = "Aide aux démarches administratives";
    /** Saturday 11 July 2026, 10:00 in Paris. */
    private static final String SATURDAY_MORNING = "2026-07-11T10:00:00+02:00";
    /** Sommeilles' centroid in the reference data. */
    private static final double SOMMEILLES_LAT = 48.91558;
    private static final double SOMMEILLES_LON = 4.96817;

    @LocalServerPort
    int port;

    @Autowired
    FragilityIndex fragility;

    @Autowired
    Venues venues;

    @Autowired
    Communes communes;

    @BeforeAll
    void importTheFragilityIndex() throws IOException {
        List<Fragility> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(SharedData.file("ifn-meuse-communes.csv"), StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            rows.add(new Fragility(f[2], number(f[3]), number(f[4]), number(f[5]), number(f[6]), number(f[7]),
                    Double.parseDouble(f[8])));
        }
        assertThat(rows).hasSize(499);
        fragility.saveAll(rows);
    }

    private static Double number(String value) {
        return value.isBlank() ? null : Double.parseDouble(value);
    }

    // --- search: ranking --------------------------------------------------------------------------------------

    @Test
    void onASaturdayInSommeillesAVenueOpenOnSaturdayRanksAboveACloserWeekdayOnlyOne() throws Exception {
        String tag = tag();
        String saturday = register(venue(tag + "-saturday", "Ouvert le samedi " + tag, 48.82688, 4.97707)
                .hours("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00"));
        String weekdays = register(venue(tag + "-weekdays", "En semaine " + tag, SOMMEILLES_LAT - 0.027,
                SOMMEILLES_LON).hours("Mo-Fr 09:00-12:00,14:00-17:00"));

        JsonNode items = search("need=" + encode(ADMIN_HELP) + "&commune=55493&constraints=weekend&at="
                + encode(SATURDAY_MORNING) + "&limit=50", SECRETARY);

        List<String> ids = ids(items);
        assertThat(ids).contains(saturday, weekdays);
        assertThat(ids.indexOf(saturday)).isLessThan(ids.indexOf(weekdays));
        JsonNode first = item(items, saturday);
        JsonNode second = item(items, weekdays);
        assertThat(first.path("distanceKm").asDouble()).isGreaterThan(second.path("distanceKm").asDouble());
        assertThat(first.path("distanceKm").asDouble()).isBetween(9.5, 10.5);
        assertThat(first.path("score").asDouble()).isGreaterThan(second.path("score").asDouble());
        assertThat(strings(first.path("reasons"))).contains("ouvert le samedi", "gratuit", "ouvert en ce moment")
                .anySatisfy(reason -> assertThat(reason).matches("à 9,\\d km|à 10 km"));
        assertThat(strings(second.path("reasons"))).contains("fermé le week-end", "prochaine ouverture lundi 9h");
        assertThat(first.path("nextOpening").asString()).isEqualTo(SATURDAY_MORNING);
        assertThat(second.path("nextOpening").asString()).isEqualTo("2026-07-13T09:00:00+02:00");
        assertThat(first.path("venue").path("nom").asString()).isEqualTo("Ouvert le samedi " + tag);
        assertThat(first.path("venue").path("horaires").asString()).startsWith("Mo-Fr");
        assertThat(first.has("nextMobileStop")).isFalse();
    }

    @Test
    void fromSommeillesForTheWeekendTheDemosFranceServicesRanksAboveTheDemosBusWhichSaysWhatItMisses()
            throws Exception {
        // the two demo venues as the demo dataset has them (this context loads no demo data), under ids of this
        // test: the broker is shared with contexts that count the demo ids' events
        String tag = tag();
        String franceServicesId = tag + "-demo-revigny-france-services";
        String busId = tag + "-demo-revigny-maxillien";
        JsonNode demo;
        try (var in = getClass().getResourceAsStream("/demo/venues.json")) {
            demo = JSON.readTree(in);
        }
        for (String id : List.of("demo-revigny-france-services", "demo-revigny-maxillien")) {
            JsonNode venue = demo.values().stream().filter(v -> v.path("id").asString().equals(id)).findFirst()
                    .orElseThrow();
            ((ObjectNode) venue).put("id", tag + "-" + id);
            HttpResponse<String> response = send("POST", "/api/venues", ADMIN, JSON.writeValueAsString(venue));
            assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        }

        JsonNode items = search("need=" + encode(ADMIN_HELP) + "&commune=55493&constraints=weekend,free&at="
                + encode(SATURDAY_MORNING) + "&limit=50", SECRETARY);

        List<String> ids = ids(items);
        assertThat(ids.indexOf(franceServicesId)).isNotNegative().isLessThan(ids.indexOf(busId));
        JsonNode franceServices = item(items, franceServicesId);
        JsonNode bus = item(items, busId);
        assertThat(franceServices.path("meetsConstraints").asBoolean()).isTrue();
        assertThat(strings(franceServices.path("missing"))).isEmpty();
        assertThat(strings(franceServices.path("reasons"))).containsExactly("à 9,6 km", "gratuit",
                "ouvert le samedi", "ouvert en ce moment");
        assertThat(bus.path("meetsConstraints").asBoolean()).isFalse();
        assertThat(strings(bus.path("missing"))).containsExactly("weekend");
        assertThat(strings(bus.path("reasons"))).containsExactly(
                "le bus passe dans votre commune mardi 14h (Parking de la mairie de Sommeilles)", "gratuit",
                "fermé le week-end", "prochaine ouverture lundi 9h30");
        assertThat(bus.path("distanceKm").asDouble()).isZero();
        assertThat(bus.path("score").asDouble()).isGreaterThan(franceServices.path("score").asDouble());
        // every venue meeting both constraints comes before every one that does not
        List<Boolean> meets = items.values().stream().map(i -> i.path("meetsConstraints").asBoolean()).toList();
        assertThat(meets.indexOf(false)).isGreaterThan(meets.lastIndexOf(true));
    }

    @Test
    void withFreeAPayingVenueRanksBelowAFreeOneAtTheSameDistance() throws Exception {
        String tag = tag();
        String paying = register(venue(tag + "-paying", "Payant " + tag, SOMMEILLES_LAT + 0.05, SOMMEILLES_LON)
                .fees("Payant").hours("Sa 09:00-12:00"));
        String free = register(venue(tag + "-free", "Gratuit " + tag, SOMMEILLES_LAT - 0.05, SOMMEILLES_LON)
                .fees("Gratuit").hours("Mo 09:00-12:00"));

        List<String> ids = ids(search("need=" + encode(ADMIN_HELP) + "&commune=55493&constraints=free&at="
                + encode(SATURDAY_MORNING) + "&limit=50", SECRETARY));

        assertThat(ids.indexOf(free)).isNotNegative().isLessThan(ids.indexOf(paying));
    }

    @Test
    void aMobileVenueStoppingInTheCommuneIsAtZeroKilometresWithItsNextStop() throws Exception {
        String tag = tag();
        String bus = register(venue(tag + "-bus", "Bus " + tag, 48.70, 5.20).hours("Th 09:00-12:00")
                .mobile(Map.of("commune", "55493", "weekday", 2, "from", "14:00", "to", "16:00",
                        "place", "Place de la mairie")));

        JsonNode items = search("need=" + encode(ADMIN_HELP) + "&commune=55493&constraints=mobile&at="
                + encode(SATURDAY_MORNING) + "&limit=50", SECRETARY);

        JsonNode found = item(items, bus);
        assertThat(found.path("distanceKm").asDouble()).isZero();
        assertThat(found.path("nextMobileStop").path("at").asString()).isEqualTo("2026-07-14T14:00:00+02:00");
        assertThat(found.path("nextMobileStop").path("place").asString()).isEqualTo("Place de la mairie");
        assertThat(found.path("nextMobileStop").path("commune").asString()).isEqualTo("55493");
        assertThat(strings(found.path("reasons")))
                .contains("le bus passe dans votre commune mardi 14h (Place de la mairie)");
        assertThat(found.path("nextOpening").asString()).isEqualTo("2026-07-16T09:00:00+02:00");
    }

    @Test
    void aChangeIsFoundByTheVeryNextSearch() throws Exception {
        String tag = tag();
        Venue draft = venue(tag + "-moving", "Déménage " + tag, 43.30, 5.40);
        String id = register(draft);
        String query = "need=" + encode(ADMIN_HELP) + "&commune=55493&at=" + encode(SATURDAY_MORNING) + "&limit=50";
        assertThat(item(search(query, SECRETARY), id).path("distanceKm").asDouble()).isGreaterThan(400);

        HttpResponse<String> moved = send("PUT", "/api/venues/" + id, ADMIN,
                json(draft.at(SOMMEILLES_LAT, SOMMEILLES_LON).hours("Sa 08:00-13:00").body));
        assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

        JsonNode found = item(search(query, SECRETARY), id);
        assertThat(found.path("distanceKm").asDouble()).isLessThan(0.01);
        assertThat(found.path("venue").path("version").asLong()).isEqualTo(2);
        assertThat(strings(found.path("reasons"))).contains("ouvert le samedi", "ouvert en ce moment");
    }

    @Test
    void theIndexIsRebuiltFromTheStoreAtStart() throws Exception {
        String id = register(venue(tag() + "-stored", "En base", SOMMEILLES_LAT, SOMMEILLES_LON));

        DirectoryIndex rebuilt = new DirectoryIndex(venues, communes);

        assertThat(rebuilt.index().venue(id)).get().satisfies(v -> assertThat(v.version()).isEqualTo(1));
    }

    @Test
    void aSecretarySearchesFromHerCommuneByDefaultAndAnyRoleMaySearch() throws Exception {
        String id = register(venue(tag() + "-default", "Par défaut", SOMMEILLES_LAT, SOMMEILLES_LON));
        String query = "need=" + encode(ADMIN_HELP) + "&at=" + encode(SATURDAY_MORNING) + "&limit=50";

        assertThat(item(search(query, SECRETARY), id).path("distanceKm").asDouble()).isLessThan(0.01);
        assertThat(ids(search(query + "&commune=55493", TestJwts.venueStaff("lieu.test", id)))).contains(id);
        assertThat(ids(search(query + "&commune=55493", COORDINATOR_MEUSE))).contains(id);
    }

    @Test
    void aNeedNobodyOffersFindsNothing() throws Exception {
        JsonNode items = search("need=" + encode("Parentalité et éducation avec le numérique")
                + "&commune=55493", SECRETARY);

        assertThat(items.isArray()).isTrue();
        assertThat(items.size()).isZero();
    }

    // --- search: errors ---------------------------------------------------------------------------------------

    @Test
    void anUnknownNeedIsA400ListingTheAllowedValues() throws Exception {
        HttpResponse<String> response = get("/api/venues/search?need=" + encode("Réparation de vélos")
                + "&commune=55493", SECRETARY);

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("need");
        assertThat(response.body()).contains("Réparation de vélos", "valeurs possibles", ADMIN_HELP,
                "Accès internet et matériel informatique");
    }

    @Test
    void aMissingNeedIsA400() throws Exception {
        HttpResponse<String> response = get("/api/venues/search?commune=55493", SECRETARY);

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("need");
        assertThat(response.body()).contains("obligatoire");
    }

    @Test
    void anUnknownCommuneIsA400() throws Exception {
        for (String commune : List.of("99999", "abc")) {
            HttpResponse<String> response = get("/api/venues/search?need=" + encode(ADMIN_HELP) + "&commune="
                    + commune, SECRETARY);

            assertProblem(response, 400);
            assertThat(errorFields(response)).containsExactly("commune");
            assertThat(response.body()).contains("commune inconnue");
        }
    }

    @Test
    void aCommuneIsRequiredOfWhoeverHasNone() throws Exception {
        HttpResponse<String> response = get("/api/venues/search?need=" + encode(ADMIN_HELP), ADMIN);

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactly("commune");
    }

    @Test
    void badConstraintsTimeAndLimitAreReportedTogether() throws Exception {
        HttpResponse<String> response = get("/api/venues/search?need=" + encode(ADMIN_HELP)
                + "&commune=55493&constraints=free,cheap&at=samedi&limit=0", SECRETARY);

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("constraints", "at", "limit");
        assertThat(response.body()).contains("cheap", "free, evening, weekend, mobile, accessible", "samedi");
    }

    @Test
    void aTimeIsAcceptedWithAnOffsetAZoneOrInParisTime() throws Exception {
        String id = register(venue(tag() + "-times", "Horaires", SOMMEILLES_LAT, SOMMEILLES_LON)
                .hours("Sa 09:00-12:00"));
        String base = "/api/venues/search?need=" + encode(ADMIN_HELP) + "&commune=55493&limit=50&at=";

        for (String at : List.of(encode("2026-07-11T10:00:00+02:00"), "2026-07-11T08:00:00Z",
                "2026-07-11T10:00:00", "2026-07-11T10:00:00+02:00")) {
            HttpResponse<String> response = get(base + at, SECRETARY);
            assertThat(response.statusCode()).as(at + ": " + response.body()).isEqualTo(200);
            assertThat(strings(item(read(response).path("items"), id).path("reasons"))).as(at)
                    .contains("ouvert en ce moment");
        }
    }

    @Test
    void withoutATokenSearchIsA401Problem() throws Exception {
        assertProblem(get("/api/venues/search?need=" + encode(ADMIN_HELP) + "&commune=55493", null), 401);
    }

    // --- coverage ---------------------------------------------------------------------------------------------

    @Test
    void coverageListsAllFourHundredNinetyNineCommunesOfTheMeuseNeediestFirst() throws Exception {
        register(venue(tag() + "-cover", "Couverture", 48.82688, 4.97707).services("Loisirs et créations numériques")
                .mobile(Map.of("commune", "55001", "weekday", 3, "from", "10:00", "to", "11:00", "place", "Mairie")));

        HttpResponse<String> response = get("/api/territory/coverage?service="
                + encode("Loisirs et créations numériques") + "&maxKm=15", COORDINATOR_MEUSE);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = read(response);
        JsonNode items = body.path("items");
        assertThat(items.size()).isEqualTo(499);
        assertThat(body.path("territory").asString()).isEqualTo("55");
        assertThat(body.path("covered").asLong() + body.path("uncovered").asLong()).isEqualTo(499);
        assertThat(body.path("covered").asLong()).isPositive();
        assertThat(items.values().stream().map(i -> i.path("code").asString()).distinct().count()).isEqualTo(499);

        JsonNode abainville = items.values().stream().filter(i -> i.path("code").asString().equals("55001"))
                .findFirst().orElseThrow();
        assertThat(abainville.path("covered").asBoolean()).as("a stop in the commune is 0 km").isTrue();
        assertThat(abainville.path("nearestVenue").path("distanceKm").asDouble()).isZero();
        assertThat(abainville.path("fragility").asDouble()).isCloseTo(6.571, org.assertj.core.data.Offset
                .offset(0.001));
        JsonNode revigny = items.values().stream().filter(i -> i.path("code").asString().equals("55427"))
                .findFirst().orElseThrow();
        assertThat(revigny.path("nom").asString()).isEqualTo("Revigny-sur-Ornain");
        assertThat(revigny.path("population").asLong()).isEqualTo(2499);
        assertThat(revigny.path("covered").asBoolean()).isTrue();
        assertThat(revigny.path("nearestVenue").path("nom").asString()).isEqualTo("Couverture");

        // uncovered first, then fragility descending, then population descending
        List<JsonNode> list = items.values().stream().toList();
        for (int i = 1; i < list.size(); i++) {
            JsonNode before = list.get(i - 1);
            JsonNode after = list.get(i);
            boolean coveredBefore = before.path("covered").asBoolean();
            boolean coveredAfter = after.path("covered").asBoolean();
            assertThat(!coveredBefore || coveredAfter).as("uncovered first at %d", i).isTrue();
            if (coveredBefore == coveredAfter && before.has("fragility") && after.has("fragility")) {
                double f1 = before.path("fragility").asDouble();
                double f2 = after.path("fragility").asDouble();
                assertThat(f1).as("fragility at %d", i).isGreaterThanOrEqualTo(f2);
                if (f1 == f2) {
                    assertThat(before.path("population").asLong()).isGreaterThanOrEqualTo(
                            after.path("population").asLong());
                }
            }
        }
        assertThat(list.getFirst().path("covered").asBoolean()).isFalse();
    }

    @Test
    void aCoordinatorSeesTheCoverageOfTheirTerritoryByDefault() throws Exception {
        long inEpci = communes.inTerritory("245501184").size();

        HttpResponse<String> response = get("/api/territory/coverage?service=" + encode(ADMIN_HELP),
                COORDINATOR_REVIGNY);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode body = read(response);
        assertThat(body.path("territory").asString()).isEqualTo("245501184");
        assertThat(body.path("maxKm").asDouble()).isEqualTo(15);
        assertThat(body.path("items").size()).isEqualTo(inEpci).isGreaterThan(10);
    }

    @Test
    void aCoordinatorMayNotSeeAnotherTerritory() throws Exception {
        HttpResponse<String> response = get("/api/territory/coverage?service=" + encode(ADMIN_HELP)
                + "&territory=55", COORDINATOR_REVIGNY);

        assertProblem(response, 403);
        assertThat(response.body()).contains("votre territoire");
    }

    @Test
    void anAdminNamesTheTerritory() throws Exception {
        HttpResponse<String> missing = get("/api/territory/coverage?service=" + encode(ADMIN_HELP), ADMIN);
        assertProblem(missing, 400);
        assertThat(errorFields(missing)).containsExactly("territory");

        HttpResponse<String> unknown = get("/api/territory/coverage?service=" + encode(ADMIN_HELP)
                + "&territory=99", ADMIN);
        assertProblem(unknown, 400);
        assertThat(errorFields(unknown)).containsExactly("territory");

        HttpResponse<String> meuse = get("/api/territory/coverage?service=" + encode(ADMIN_HELP)
                + "&territory=55&maxKm=20", ADMIN);
        assertThat(meuse.statusCode()).isEqualTo(200);
        assertThat(read(meuse).path("items").size()).isEqualTo(499);
    }

    @Test
    void badCoverageParametersAreA400() throws Exception {
        HttpResponse<String> response = get("/api/territory/coverage?service=" + encode("Réparation de vélos")
                + "&maxKm=loin", COORDINATOR_MEUSE);

        assertProblem(response, 400);
        assertThat(errorFields(response)).containsExactlyInAnyOrder("service", "maxKm");
    }

    @Test
    void aSecretaryMayNotSeeCoverage() throws Exception {
        assertProblem(get("/api/territory/coverage?service=" + encode(ADMIN_HELP), SECRETARY), 403);
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private static String tag() {
        return "search-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A valid fixed venue in the standard's JSON form, offering administrative help for free. */
    private static Venue venue(String id, String name, double latitude, double longitude) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", id);
        body.put("pivot", "00000000000001");
        body.put("nom", name);
        body.put("commune", "Quelque part");
        body.put("code_postal", "55800");
        body.put("adresse", "1 rue de l'Exemple");
        body.put("latitude", latitude);
        body.put("longitude", longitude);
        body.put("date_maj", "2026-07-01");
        body.put("services", List.of(ADMIN_HELP));
        body.put("frais_a_charge", List.of("Gratuit"));
        body.put("itinerance", List.of("Fixe"));
        return new Venue(body);
    }

    private record Venue(Map<String, Object> body) {

        Venue hours(String hours) {
            body.put("horaires", hours);
            return this;
        }

        Venue fees(String fee) {
            body.put("frais_a_charge", List.of(fee));
            return this;
        }

        Venue services(String service) {
            body.put("services", List.of(service));
            return this;
        }

        Venue at(double latitude, double longitude) {
            body.put("latitude", latitude);
            body.put("longitude", longitude);
            return this;
        }

        Venue mobile(Map<String, Object> stop) {
            body.put("itinerance", List.of("Itinérant"));
            body.put("stops", List.of(stop));
            return this;
        }
    }

    private String register(Venue venue) throws Exception {
        HttpResponse<String> response = send("POST", "/api/venues", ADMIN, json(venue.body()));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return (String) venue.body().get("id");
    }

    private JsonNode search(String query, String token) throws Exception {
        HttpResponse<String> response = get("/api/venues/search?" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return read(response).path("items");
    }

    private static List<String> ids(JsonNode items) {
        return items.values().stream().map(item -> item.path("venue").path("id").asString()).toList();
    }

    private static JsonNode item(JsonNode items, String id) {
        return items.values().stream().filter(item -> item.path("venue").path("id").asString().equals(id))
                .findFirst().orElseThrow(() -> new AssertionError(id + " not found in " + ids(items)));
    }

    private static List<String> strings(JsonNode array) {
        return array.values().stream().map(JsonNode::asString).toList();
    }

    private HttpResponse<String> get(String path, String token) throws Exception {
        return send("GET", path, token, null);
    }

    private HttpResponse<String> send(String method, String path, String token, String body) throws Exception {
        return TestHttp.onPort(port).send(method, path, token, body);
    }

    private static String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    private static JsonNode read(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static List<String> errorFields(HttpResponse<String> response) {
        return TestHttp.errorFields(response);
    }

    private static void assertProblem(HttpResponse<String> response, int status) {
        TestHttp.assertProblem(response, status);
    }
}
