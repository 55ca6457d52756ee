package fr.inclusion.orientation.venue;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import fr.inclusion.orientation.testsupport.AuthorizationMatrix;
import fr.inclusion.orientation.testsupport.RealInfrastructure;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestCallers.Who;

/**
 * venue-service's rows of the authorization matrix ({@code authorization-matrix.csv} in test-support), against the
 * whole service. The fixtures are made through the API: venues registered by an admin in 55427, proposals made by
 * the secretary of that commune, an import job of the admin's. A context of its own (the property below): the rows
 * import a fragility index and venues that tests sharing a context would count.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"orientation.demo-data.enabled=false", "orientation.test.context=authorization-matrix"})
@RealInfrastructure
class AuthorizationMatrixTest {

    private static final String NEED = "Aide aux démarches administratives";
    private static final String FRAGILITY_HEADER = "name,division,code,no_thd_coverage_rate,no_4g_coverage_rate,"
            + "poverty_rate,older_65_rate,nscol15p_rate,total";
    /** A small square around Revigny-sur-Ornain (55427), enough for the contours' rows. */
    private static final String CONTOURS = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"code":"55427",\
            "nom":"Revigny-sur-Ornain"},"geometry":{"type":"Polygon","coordinates":[[[4.95,48.80],[5.0,48.80],\
            [5.0,48.85],[4.95,48.85],[4.95,48.80]]]}}]}""";

    @LocalServerPort
    int port;

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicNode> everyEndpointAnswersEachCallerAsTheTableSays() {
        VenueApi api = new VenueApi(port);
        String venue = api.registered(VenueApi.venue(VenueApi.newId()));
        String otherVenue = api.registered(VenueApi.venue(VenueApi.newId()));
        String venueToWithdraw = api.registered(VenueApi.venue(VenueApi.newId()));
        TestCallers callers = TestCallers.around(venue, otherVenue);
        String secretary = callers.token(Who.SECRETARY_OF_COMMUNE);
        importContours(api);

        return AuthorizationMatrix.forService("venue-service")
                .at("http://127.0.0.1:" + port)
                .endpointsOf(context, "fr.inclusion.orientation.venue")
                .callers(callers)
                .fixture("venue", venue)
                .fixture("otherVenue", otherVenue)
                .fixture("venueToWithdraw", venueToWithdraw)
                .fixture("need", NEED)
                .fixture("proposal", proposal(api, venue, secretary))
                .fixture("proposalToApprove", proposal(api, venue, secretary))
                .fixture("proposalToApproveByAdmin", proposal(api, venue, secretary))
                .fixture("proposalToReject", proposal(api, venue, secretary))
                .fixture("proposalToRejectByAdmin", proposal(api, venue, secretary))
                .fixture("importJob", importJob(api))
                .body("venue-new", "application/json", VenueApi.json(VenueApi.venue("matrix-{uuid}")))
                .body("venue-edit", "application/json", VenueApi.json(VenueApi.venue(venue)))
                .body("availability", "application/json", """
                        {"intakePaused":false,"weeklyCapacity":10}""")
                .body("import", "application/json", VenueApi.json(List.of(VenueApi.venue("matrix-{uuid}"))))
                .body("fragility", "text/csv", FRAGILITY_HEADER + "\nRevigny-sur-Ornain,city,55427,6,2,5,7,6,6\n")
                .body("communes", "text/csv", "code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,"
                        + "longitude\n98501,Commune-de-la-matrice,98510,10,,,-12.5,45.25\n")
                .body("contours", "application/geo+json", CONTOURS)
                .body("proposal", "application/json", """
                        {"presentation_resume":"Correction {uuid}","comment":"matrice des droits"}""")
                .body("reject", "application/json", """
                        {"reason":"Rien à corriger"}""")
                .tests();
    }

    private static String proposal(VenueApi api, String venue, String token) {
        HttpResponse<String> response = api.send("POST", "/api/venues/" + venue + "/proposals", token,
                "{\"presentation_resume\":\"Correction " + UUID.randomUUID() + "\"}");
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return VenueApi.read(response).path("id").asString();
    }

    /** So that the contours' reading rows find 55427 whatever order the rows run in. */
    private static void importContours(VenueApi api) {
        HttpResponse<String> response = api.send("POST", "/api/territory/contours", VenueApi.ADMIN,
                "application/geo+json", CONTOURS);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    private static String importJob(VenueApi api) {
        HttpResponse<String> response = api.send("POST", "/api/venues/import", VenueApi.ADMIN,
                VenueApi.json(List.of(VenueApi.venue(VenueApi.newId()))));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(202);
        return VenueApi.read(response).path("jobId").asString();
    }
}
