package fr.inclusion.orientation.referral.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.lifecycle.application.ReferralLifecycle;
import fr.inclusion.orientation.referral.lifecycle.domain.PendingReroute;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

/**
 * The re-route crash test: the service dies right after the first step of a re-routing (the first referral marked,
 * the replacement not stored). Nothing names the missing referral meanwhile, and the sweep a restarted service runs
 * makes the replacement, once however often it runs, before ReferralRerouted goes out.
 */
class ReroutingCrashTest extends RunningReferralService {

    private static final String SECRETARY = TestJwts.secretary("secretaire.revigny", REVIGNY);

    @Autowired
    ReferralLifecycle lifecycle;

    @Test
    void aReroutingInterruptedAfterItsFirstStepIsCompletedOnceByTheSweepAndItsEventNamesAnExistingReferral() {
        String first = registeredVenue(List.of(ADMIN_HELP));
        String second = registeredVenue(List.of(ADMIN_HELP));
        String id = created(first);
        var declined = post("/api/referrals/" + id + "/decline", "{\"reason\":\"mobilite\"}",
                TestJwts.venueStaff("lieu.premier", first), null);
        assertThat(declined.statusCode()).as(declined.body()).isEqualTo(200);

        // the request's real first step, then the crash: the second step never runs
        Caller secretary = Caller.from(TestJwts.decoder().decode(SECRETARY));
        PendingReroute recorded = lifecycle.recordReroute(id, second, secretary);

        String newId = recorded.newReferralId();
        Document marked = mongo.findById(id, Document.class, "referrals");
        assertThat(marked.getString("reroutedTo")).isEqualTo(newId);
        assertThat(marked.get("reroute", Document.class).getString("newVenueId")).isEqualTo(second);
        assertThat(mongo.findById(newId, Document.class, "referrals")).isNull();
        // its event is held with the record, not in the outbox: nothing published names the missing replacement
        assertThat(marked.get("reroute", Document.class).getList("events", Document.class))
                .extracting(e -> e.getString("type")).containsExactly("ReferralRerouted");
        assertThat(marked.getList("outbox", Document.class)).extracting(e -> e.getString("type"))
                .doesNotContain("ReferralRerouted");

        // the restarted service's sweep, run twice (or by two instances); the service's own sweep leaves a
        // re-routing alone for one interval (10 s), so it may only complete it at the same time, as another would
        lifecycle.completePendingReroutes(Duration.ZERO);
        lifecycle.completePendingReroutes(Duration.ZERO);

        assertThat(mongo.count(Query.query(Criteria.where("reroutedFrom").is(id)), "referrals")).isEqualTo(1);
        Document replacement = mongo.findById(newId, Document.class, "referrals");
        assertThat(replacement.getString("venueId")).isEqualTo(second);
        assertThat(replacement.getString("status")).isEqualTo("sent");
        JsonNode view = json(get("/api/referrals/" + newId, SECRETARY));
        assertThat(view.get("reroutedFrom").asString()).isEqualTo(id);
        assertThat(view.get("resident").get("firstName").asString()).isEqualTo("Rosalie");

        assertThat(publishedTypes(id)).containsExactly("ReferralSent", "ReferralDeclined", "ReferralRerouted");
        assertThat(publishedTypes(newId)).containsExactly("ReferralSent");
        JsonNode rerouted = events(id).getLast();
        assertThat(rerouted.get("newReferralId").asString()).isEqualTo(newId);
        assertThat(rerouted.get("newVenueId").asString()).isEqualTo(second);

        // the request repeated after the restart answers with the same replacement (200, as any repeat), and
        // changes nothing
        var again = post("/api/referrals/" + id + "/reroute", "{\"venueId\":\"" + second + "\"}", SECRETARY, null);
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(json(again).get("id").asString()).isEqualTo(newId);
        assertThat(publishedTypes(id)).hasSize(3);
    }

    private String created(String venue) {
        var response = post("/api/referrals", """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Rosalie","contact":{"channel":"phone","value":"06 11 22 33 44"},
                 "commune":"%s"},"constraints":[],"note":"Préfère l'après-midi",
                 "consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venue, ADMIN_HELP, REVIGNY), SECRETARY, UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private List<JsonNode> events(String referralId) {
        awaitOutboxDrained(referralId);
        return recordsOf(Topics.REFERRAL_EVENTS).stream()
                .filter(r -> r.key() != null && new String(r.key(), StandardCharsets.UTF_8).equals(referralId))
                .map(r -> JSON.readTree(r.value())).toList();
    }
}
