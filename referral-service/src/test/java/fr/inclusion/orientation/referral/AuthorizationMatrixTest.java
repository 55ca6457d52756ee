package fr.inclusion.orientation.referral;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import fr.inclusion.orientation.testsupport.AuthorizationMatrix;
import fr.inclusion.orientation.testsupport.TestCallers;
import fr.inclusion.orientation.testsupport.TestCallers.Who;

/**
 * referral-service's rows of the authorization matrix ({@code authorization-matrix.csv} in test-support), against the
 * whole service. The fixtures: two venues fed through the venue topic, referrals sent through the API by the
 * secretary of 55427 to the first one, some of them declined or accepted by its staff, so that each move of the
 * table has a referral in the state it needs.
 */
class AuthorizationMatrixTest extends RunningReferralService {

    private static final String CONTACT = "06 12 34 56 78";
    private static final String DECLINE = """
            {"reason":"session-complete","message":"Plus de place cette semaine"}""";

    @Autowired
    ApplicationContext context;

    @TestFactory
    Stream<DynamicNode> everyEndpointAnswersEachCallerAsTheTableSays() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        String otherVenue = registeredVenue(List.of(ADMIN_HELP));
        TestCallers callers = TestCallers.around(venue, otherVenue);
        String resident = "Matrice" + UUID.randomUUID().toString().substring(0, 8);
        String body = referral(venue, resident);
        String secretary = callers.token(Who.SECRETARY_OF_COMMUNE);
        String staff = callers.token(Who.STAFF_OF_VENUE);

        String toClose = sent(body, secretary);
        move(toClose, "accept", null, staff);
        String declinedForSecretary = sent(body, secretary);
        move(declinedForSecretary, "decline", DECLINE, staff);
        String declinedForCoordinator = sent(body, secretary);
        move(declinedForCoordinator, "decline", DECLINE, staff);

        return AuthorizationMatrix.forService("referral-service")
                .at("http://127.0.0.1:" + port)
                .endpointsOf(context, "fr.inclusion.orientation.referral")
                .callers(callers)
                .fixture("venue", venue)
                .fixture("otherVenue", otherVenue)
                .fixture("resident", resident)
                .fixture("residentContact", CONTACT)
                .fixture("referral", sent(body, secretary))
                .fixture("toDecline", sent(body, secretary))
                .fixture("toClose", toClose)
                .fixture("toCancel", sent(body, secretary))
                .fixture("declinedForSecretary", declinedForSecretary)
                .fixture("declinedForCoordinator", declinedForCoordinator)
                .body("referral", "application/json", body, Map.of("Idempotency-Key", "{uuid}"))
                .body("decline", "application/json", DECLINE)
                .body("close", "application/json", """
                        {"outcome":"resolved","note":"Dossier déposé"}""")
                .body("cancel", "application/json", """
                        {"reason":"Le résident a trouvé de l'aide ailleurs"}""")
                .body("reroute", "application/json", """
                        {"venueId":"{otherVenue}"}""")
                .tests();
    }

    private static String referral(String venue, String resident) {
        return """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"%s","contact":{"channel":"phone","value":"%s"},"commune":"%s"},
                 "constraints":["free"],"consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venue, ADMIN_HELP, resident, CONTACT, TestCallers.COMMUNE);
    }

    private String sent(String body, String secretary) {
        HttpResponse<String> response = post("/api/referrals", body, secretary, UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private void move(String referral, String move, String body, String token) {
        HttpResponse<String> response = post("/api/referrals/" + referral + "/" + move, body, token, null);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
