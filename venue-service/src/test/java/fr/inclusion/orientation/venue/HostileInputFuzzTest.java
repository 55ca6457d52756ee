package fr.inclusion.orientation.venue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

import fr.inclusion.orientation.testsupport.HostileCalls;
import fr.inclusion.orientation.testsupport.HostileInput;
import fr.inclusion.orientation.testsupport.HostileInput.Body;
import fr.inclusion.orientation.testsupport.HostileInput.Headers;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.json.JsonMapper;

/**
 * Hostile input to every write endpoint of venue-service (the rows of the authorization matrix with POST, PUT,
 * DELETE), by a caller allowed to call it: never a 5xx, every 4xx problem+json in French, nothing stored by a
 * rejected request ({@link HostileCalls}).
 */
class HostileInputFuzzTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String ADMIN = TestJwts.admin("admin");
    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", TestCallers.COMMUNE);
    private static final String VENUE = JSON.writeValueAsString(VenueApi.venue("fuzz-venue"));
    private static final String AVAILABILITY = "{\"intakePaused\":false,\"weeklyCapacity\":10}";
    private static final String PROPOSAL = "{\"presentation_resume\":\"Correction\",\"comment\":\"fuzz\"}";
    private static final String REJECTION = "{\"reason\":\"Rien à corriger\"}";
    private static final String FRAGILITY = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,"
            + "poverty_rate,older_65_rate,nscol15p_rate,total\nRevigny-sur-Ornain,city,55427,6,2,5,7,6,6\n";
    private static final String CONTOURS = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"55427",\
            "nom":"Revigny-sur-Ornain"},"geometry":{"type":"Polygon","coordinates":[[[4.95,48.80],[5.0,48.80],\
            [5.0,48.85],[4.95,48.85],[4.95,48.80]]]}}]}""";

    private static HostileCalls service;
    private static String venue;
    private static String proposal;

    @BeforeContainer
    static void start() {
        service = HostileCalls.start(VenueServiceApplication.class, "orientation.demo-data.enabled=false");
        venue = VenueApi.newId();
        created(service.send("POST", "/api/venues", ADMIN,
                Body.json(JSON.writeValueAsString(VenueApi.venue(venue))), null));
        proposal = JSON.readTree(created(service.send("POST", "/api/venues/" + venue + "/proposals", SECRETARY,
                Body.json(PROPOSAL), null)).body()).path("id").asString();
    }

    @AfterContainer
    static void stop() {
        if (service != null) {
            service.close();
        }
    }

    @Property(tries = 80)
    void register(@ForAll("venues") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/venues", ADMIN, body, headers);
    }

    @Property(tries = 80)
    void edit(@ForAll("venueIds") String id, @ForAll("venues") Body body, @ForAll("headers") Headers headers) {
        service.check("PUT", "/api/venues/" + HostileCalls.segment(id), ADMIN, body, headers);
    }

    @Property(tries = 50)
    void withdraw(@ForAll("unknownIds") String id, @ForAll("anyBody") Body body, @ForAll("headers") Headers headers) {
        service.check("DELETE", "/api/venues/" + HostileCalls.segment(id), ADMIN, body, headers);
    }

    @Property(tries = 60)
    void pauseOrResume(@ForAll("venueIds") String id, @ForAll("availabilities") Body body,
            @ForAll("headers") Headers headers) {
        service.check("POST", "/api/venues/" + HostileCalls.segment(id) + "/availability", ADMIN, body, headers);
    }

    @Property(tries = 60)
    void propose(@ForAll("venueIds") String id, @ForAll("proposals") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/venues/" + HostileCalls.segment(id) + "/proposals", SECRETARY, body, headers);
    }

    @Property(tries = 50)
    void approve(@ForAll("unknownIds") String id, @ForAll("anyBody") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/venue-proposals/" + HostileCalls.segment(id) + "/approve", ADMIN, body,
                headers);
    }

    @Property(tries = 60)
    void reject(@ForAll("proposalIds") String id, @ForAll("rejections") Body body,
            @ForAll("headers") Headers headers) {
        service.check("POST", "/api/venue-proposals/" + HostileCalls.segment(id) + "/reject", ADMIN, body, headers);
    }

    /** An accepted import runs on: wait for its end so that the next tries count a quiet store. */
    @Property(tries = 60)
    void importVenues(@ForAll("imports") Body body, @ForAll("queries") String query,
            @ForAll("headers") Headers headers) {
        HttpResponse<byte[]> response = service.check("POST", "/api/venues/import" + query, ADMIN, body, headers,
                service.counting("import_jobs"));
        if (response.statusCode() == 202) {
            String job = JSON.readTree(response.body()).path("jobId").asString();
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                var view = service.send("GET", "/api/imports/" + job, ADMIN, null, null);
                return !new String(view.body(), StandardCharsets.UTF_8).matches("(?s).*\"(RUNNING|PENDING|QUEUED)\".*");
            });
        }
    }

    @Property(tries = 50)
    void importFragility(@ForAll("fragility") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/territory/fragility", ADMIN, body, headers);
    }

    @Property(tries = 50)
    void importContours(@ForAll("contours") Body body, @ForAll("headers") Headers headers) {
        service.check("POST", "/api/territory/contours", ADMIN, body, headers);
    }

    @Provide
    Arbitrary<Body> venues() {
        return HostileInput.bodiesLike(VENUE);
    }

    @Provide
    Arbitrary<Body> availabilities() {
        return HostileInput.bodiesLike(AVAILABILITY);
    }

    @Provide
    Arbitrary<Body> proposals() {
        return HostileInput.bodiesLike(PROPOSAL);
    }

    @Provide
    Arbitrary<Body> rejections() {
        return HostileInput.bodiesLike(REJECTION);
    }

    @Provide
    Arbitrary<Body> imports() {
        return Arbitraries.oneOf(HostileInput.bodiesLike("[" + VENUE + "]"),
                HostileInput.bodiesLike("[" + VENUE + "]").map(body -> body.as("text/csv")));
    }

    @Provide
    Arbitrary<Body> fragility() {
        return Arbitraries.oneOf(
                HostileInput.hostileStrings().map(line -> new Body((FRAGILITY + line + "\n")
                        .getBytes(StandardCharsets.UTF_8), "text/csv", "CSV with a hostile line")),
                HostileInput.anyBody());
    }

    @Provide
    Arbitrary<Body> contours() {
        return HostileInput.bodiesLike(CONTOURS).map(body -> "application/json".equals(body.contentType())
                ? body.as("application/geo+json") : body);
    }

    @Provide
    Arbitrary<Body> anyBody() {
        return HostileInput.anyBody();
    }

    @Provide
    Arbitrary<Headers> headers() {
        return HostileInput.headers();
    }

    @Provide
    Arbitrary<String> venueIds() {
        return Arbitraries.oneOf(Arbitraries.just(venue), HostileInput.pathValues());
    }

    @Provide
    Arbitrary<String> proposalIds() {
        return Arbitraries.oneOf(Arbitraries.just(proposal), HostileInput.pathValues());
    }

    /** Never the fixtures: a withdrawal or an approval that succeeds would leave nothing to fuzz. */
    @Provide
    Arbitrary<String> unknownIds() {
        return HostileInput.pathValues().filter(id -> !id.equals(venue) && !id.equals(proposal));
    }

    @Provide
    Arbitrary<String> queries() {
        return Arbitraries.oneOf(Arbitraries.just(""),
                HostileInput.queryValues().map(value -> HostileCalls.query(Map.of("format", value))),
                HostileInput.queryValues().map(value -> HostileCalls.query(Map.of("dryRun", value))));
    }

    private static HttpResponse<byte[]> created(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(201);
        return response;
    }
}
