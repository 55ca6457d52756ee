package fr.inclusion.orientation.referral.servicelevel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.inclusion.orientation.contracts.Topics;
import fr.inclusion.orientation.referral.MutableClock;
import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.audit.domain.IdentityAudit;
import fr.inclusion.orientation.referral.audit.domain.IdentityRead;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralUpkeep;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.servicelevel.application.IdentityRetention;
import fr.inclusion.orientation.referral.servicelevel.application.ServiceLevelScheduler;
import fr.inclusion.orientation.referral.servicelevel.application.ServiceLevelStore;
import fr.inclusion.orientation.referral.servicelevel.domain.WorkingDays;
import fr.inclusion.orientation.testsupport.TestJwts;
import tools.jackson.databind.JsonNode;

class ServiceLevelSchedulerTest extends RunningReferralService {

    /** Wednesday 23 December 2026, 10:00 in Paris: due Tuesday 29 at 10:00, reminder Thursday 24 at 22:00. */
    private static final Instant SENT_AT = paris("2026-12-23T10:00");
    private static final Instant DUE_AT = paris("2026-12-29T10:00");
    private static final Instant REMIND_AT = paris("2026-12-24T22:00");
    private static final Duration MS = Duration.ofMillis(1);
    /** For a venue answering within 5 working days: Thursday 24, (25 and the weekend), Monday 28 … Thursday 31. */
    private static final Instant DUE_IN_FIVE_DAYS = paris("2026-12-31T10:00");

    @Autowired
    MutableClock clock;
    @Autowired
    ServiceLevelScheduler scheduler;
    @Autowired
    ServiceLevelStore store;
    @Autowired
    Referrals referrals;
    @Autowired
    ReferralUpkeep upkeep;
    @Autowired
    IdentityAudit audit;

    private final String secretary = TestJwts.secretary("secretaire.revigny", REVIGNY);

    @AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    private static Instant paris(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.PARIS).toInstant();
    }

    private String sendReferral(String venueId) {
        var response = post("/api/referrals", """
                {"venueId":"%s","need":"%s",
                 "resident":{"firstName":"Ginette%s","contact":{"channel":"phone","value":"06 98 76 54 32"},
                 "commune":"%s"},"constraints":[],"note":"Préfère le matin",
                 "consent":{"given":true,"wordingVersion":"v1"}}
                """.formatted(venueId, ADMIN_HELP, UUID.randomUUID().toString().substring(0, 6), REVIGNY),
                secretary, UUID.randomUUID().toString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return json(response).get("id").asString();
    }

    private String sentOnWednesdayBeforeChristmas() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        clock.set(SENT_AT);
        return sendReferral(venue);
    }

    private Document stored(String id) {
        return mongo.findById(id, Document.class, "referrals");
    }

    private ReferralStatus status(String id) {
        return referrals.byId(id).map(Referral::status).orElseThrow();
    }

    /** Events published for these referrals, by referral id, in order. */
    private Map<String, List<JsonNode>> published(List<String> ids) {
        ids.forEach(this::awaitOutboxDrained);
        List<ConsumerRecord<byte[], byte[]>> records = recordsOf(Topics.REFERRAL_EVENTS);
        return records.stream()
                .filter(r -> r.key() != null && ids.contains(new String(r.key(), StandardCharsets.UTF_8)))
                .collect(Collectors.groupingBy(r -> new String(r.key(), StandardCharsets.UTF_8),
                        Collectors.mapping(r -> JSON.readTree(r.value()), Collectors.toList())));
    }

    private static List<String> types(List<JsonNode> events) {
        return events.stream().map(e -> e.get("type").asString()).toList();
    }

    @Test
    void dueDateAndReminderTimeAreStoredAtCreationInWorkingDays() {
        String id = sentOnWednesdayBeforeChristmas();

        Document stored = stored(id);
        assertThat(stored.getDate("dueAt").toInstant()).isEqualTo(DUE_AT);
        assertThat(stored.getDate("remindAt").toInstant()).isEqualTo(REMIND_AT);
        assertThat(referrals.byId(id).orElseThrow().dueAt()).isEqualTo(DUE_AT);
    }

    @Test
    void referralExpiresAtTheLimitAndNotBeforeWithAnEscalationForTheEpciAndTheDepartement() {
        String id = sentOnWednesdayBeforeChristmas();

        clock.set(DUE_AT.minus(MS));
        scheduler.work();
        assertThat(status(id)).isEqualTo(ReferralStatus.SENT);

        clock.set(DUE_AT);
        scheduler.work();
        Referral expired = referrals.byId(id).orElseThrow();
        assertThat(expired.status()).isEqualTo(ReferralStatus.EXPIRED);
        assertThat(expired.history().getLast().actorId()).isEqualTo(Referral.SYSTEM_ACTOR);
        assertThat(expired.history().getLast().at()).isEqualTo(DUE_AT);

        List<JsonNode> events = published(List.of(id)).get(id);
        assertThat(types(events)).containsExactly("ReferralSent", "ReferralReminderDue", "ReferralExpired",
                "ReferralEscalated");
        JsonNode expiry = events.get(2);
        assertThat(Instant.parse(expiry.get("dueAt").asString())).isEqualTo(DUE_AT);
        JsonNode escalation = events.get(3);
        assertThat(escalation.get("departement").asString()).isEqualTo("55");
        assertThat(escalation.get("epciSiren").asString()).as("CC du Pays de Revigny-sur-Ornain")
                .isEqualTo("245501184");
        assertThat(escalation.get("communeCode").asString()).isEqualTo(REVIGNY);
        assertThat(escalation.get("version").asLong()).isEqualTo(expiry.get("version").asLong());
        assertThat(escalation.toString()).doesNotContain("Ginette").doesNotContain("06 98 76 54 32")
                .doesNotContain("matin");
    }

    @Test
    void aReferralToAVenueAnsweringWithinFiveWorkingDaysIsDueFiveWorkingDaysLater() {
        String venue = registeredVenueAnsweringWithin(List.of(ADMIN_HELP), 5);
        clock.set(SENT_AT);
        String id = sendReferral(venue);

        Document stored = stored(id);
        assertThat(stored.getDate("dueAt").toInstant()).isEqualTo(DUE_IN_FIVE_DAYS);
        // half of 120 working hours from Wednesday 23 December 10:00: Thursday 24 counts, Friday 25 (Christmas)
        // and the weekend do not: Monday 28 December 22:00
        assertThat(stored.getDate("remindAt").toInstant()).isEqualTo(paris("2026-12-28T22:00"));

        clock.set(DUE_AT);
        scheduler.work();
        assertThat(status(id)).as("the default's limit is not this venue's").isEqualTo(ReferralStatus.SENT);
        clock.set(DUE_IN_FIVE_DAYS.minus(MS));
        scheduler.work();
        assertThat(status(id)).isEqualTo(ReferralStatus.SENT);
        clock.set(DUE_IN_FIVE_DAYS);
        scheduler.work();
        assertThat(status(id)).isEqualTo(ReferralStatus.EXPIRED);
        List<JsonNode> events = published(List.of(id)).get(id);
        assertThat(types(events)).containsExactly("ReferralSent", "ReferralReminderDue", "ReferralExpired",
                "ReferralEscalated");
        assertThat(Instant.parse(events.get(2).get("dueAt").asString())).isEqualTo(DUE_IN_FIVE_DAYS);
    }

    @Test
    void aVenueThatDidNotSayItsDelayHasTheDefaultThreeWorkingDays() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        clock.set(SENT_AT);

        String id = sendReferral(venue);

        assertThat(stored(id).getDate("dueAt").toInstant()).isEqualTo(DUE_AT);
    }

    @Test
    void aReroutedReferralIsDueWithinTheNewVenuesOwnDelayCountedFromTheRerouting() {
        String id = sentOnWednesdayBeforeChristmas();
        clock.set(DUE_AT);
        scheduler.work();
        assertThat(status(id)).isEqualTo(ReferralStatus.EXPIRED);
        String slower = registeredVenueAnsweringWithin(List.of(ADMIN_HELP), 5);

        var rerouted = post("/api/referrals/" + id + "/reroute", "{\"venueId\":\"" + slower + "\"}", secretary,
                null);

        assertThat(rerouted.statusCode()).as(rerouted.body()).isEqualTo(201);
        String newId = json(rerouted).get("id").asString();
        // from Tuesday 29 December 10:00: Wednesday 30, Thursday 31, (1 January, weekend), Monday 4 … Wednesday 6
        Instant due = paris("2027-01-06T10:00");
        assertThat(stored(newId).getDate("dueAt").toInstant()).isEqualTo(due);
        // half of 120 working hours from Tuesday 29 December 10:00: Thursday 31 December 22:00
        assertThat(stored(newId).getDate("remindAt").toInstant()).isEqualTo(paris("2026-12-31T22:00"));
        clock.set(due.minus(MS));
        scheduler.work();
        assertThat(status(newId)).isEqualTo(ReferralStatus.SENT);
        clock.set(due);
        scheduler.work();
        assertThat(status(newId)).as("a replacement expires too").isEqualTo(ReferralStatus.EXPIRED);
    }

    @Test
    void venueIsRemindedOnceAtHalfTime() {
        String id = sentOnWednesdayBeforeChristmas();

        clock.set(REMIND_AT.minus(MS));
        scheduler.work();
        assertThat(stored(id).get("reminderDueAt")).isNull();

        clock.set(REMIND_AT);
        scheduler.work();
        clock.set(REMIND_AT.plus(Duration.ofHours(1)));
        scheduler.work();
        scheduler.work();

        assertThat(stored(id).getDate("reminderDueAt").toInstant()).isEqualTo(REMIND_AT);
        assertThat(status(id)).isEqualTo(ReferralStatus.SENT);
        List<JsonNode> events = published(List.of(id)).get(id);
        assertThat(types(events)).containsExactly("ReferralSent", "ReferralReminderDue");
        assertThat(Instant.parse(events.get(1).get("dueAt").asString())).isEqualTo(DUE_AT);
    }

    @Test
    void acceptedReferralIsNeitherRemindedNorExpired() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        clock.set(SENT_AT);
        String id = sendReferral(venue);
        var accepted = post("/api/referrals/" + id + "/accept", "", TestJwts.venueStaff("lieu.test", venue), null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);

        clock.set(DUE_AT.plus(Duration.ofDays(1)));
        scheduler.work();

        assertThat(status(id)).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(types(published(List.of(id)).get(id))).containsExactly("ReferralSent", "ReferralAccepted");
    }

    @Test
    void identityIsPurgedSixMonthsAfterTheEndAndNotBefore() {
        String id = sentOnWednesdayBeforeChristmas();
        clock.set(DUE_AT);
        scheduler.work();
        assertThat(status(id)).isEqualTo(ReferralStatus.EXPIRED);
        Instant retentionEnd = DUE_AT.atOffset(ZoneOffset.UTC).plus(Period.ofMonths(6)).toInstant();

        clock.set(retentionEnd.minus(MS));
        scheduler.work();
        Document kept = stored(id);
        assertThat(kept.get("identityPurgedAt")).isNull();
        assertThat(referrals.byId(id).orElseThrow().resident().firstName()).startsWith("Ginette");

        clock.set(retentionEnd);
        scheduler.work();

        Document purged = stored(id);
        assertThat(purged.getDate("identityPurgedAt").toInstant()).isEqualTo(retentionEnd);
        Document resident = purged.get("resident", Document.class);
        assertThat(resident).doesNotContainKeys("firstName", "contactValue");
        assertThat(purged).doesNotContainKey("note");
        assertThat(purged.getString("status")).isEqualTo("expired");
        assertThat(purged.getString("need")).isEqualTo(ADMIN_HELP);
        assertThat(purged.getString("communeCode")).isEqualTo(REVIGNY);
        assertThat(purged.getString("venueId")).isNotBlank();
        assertThat(purged.getDate("createdAt").toInstant()).isEqualTo(SENT_AT);
        assertThat(purged.getDate("dueAt").toInstant()).isEqualTo(DUE_AT);

        Referral read = referrals.byId(id).orElseThrow();
        assertThat(read.resident().firstName()).isNull();
        assertThat(read.resident().contact().value()).isNull();
        assertThat(read.note()).isNull();
        var response = get("/api/referrals/" + id, secretary);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Ginette").doesNotContain("06 98 76 54 32")
                .doesNotContain("matin").contains(REVIGNY);
    }

    @Test
    void identityOfAReferralStillOpenTwelveMonthsAfterItsCreationIsPurgedAndAYoungerOneKeepsIt() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        clock.set(SENT_AT);
        String old = sendReferral(venue);
        var accepted = post("/api/referrals/" + old + "/accept", "", TestJwts.venueStaff("accueil.lieu", venue),
                null);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
        Instant retentionEnd = SENT_AT.atOffset(ZoneOffset.UTC).plus(Period.ofMonths(12)).toInstant();
        // sent the day before: still waiting for the venue's answer when the older one reaches twelve months
        clock.set(retentionEnd.minus(Duration.ofDays(1)));
        String younger = sendReferral(venue);

        clock.set(retentionEnd.minus(MS));
        scheduler.work();
        assertThat(stored(old).get("identityPurgedAt")).isNull();
        assertThat(referrals.byId(old).orElseThrow().resident().firstName()).startsWith("Ginette");

        clock.set(retentionEnd);
        scheduler.work();

        Document purged = stored(old);
        assertThat(purged.getString("status")).isEqualTo("accepted");
        assertThat(purged.getDate("identityPurgedAt").toInstant()).isEqualTo(retentionEnd);
        assertThat(purged.get("resident", Document.class)).doesNotContainKeys("firstName", "contactValue");
        assertThat(purged).doesNotContainKey("note");
        assertThat(purged.getString("communeCode")).isEqualTo(REVIGNY);
        Referral read = referrals.byId(old).orElseThrow();
        assertThat(read.resident().firstName()).isNull();
        assertThat(read.resident().contact().value()).isNull();
        var response = get("/api/referrals/" + old, secretary);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(response.body()).doesNotContain("Ginette").doesNotContain("06 98 76 54 32");

        Document kept = stored(younger);
        assertThat(kept.getString("status")).isEqualTo("sent");
        assertThat(kept.get("identityPurgedAt")).isNull();
        assertThat(referrals.byId(younger).orElseThrow().resident().firstName()).startsWith("Ginette");
    }

    @Test
    void identityAuditEntriesAreKeptTwentyFourMonthsAndNotLonger() {
        String referral = "audited-" + UUID.randomUUID();
        Instant now = paris("2029-03-01T10:00");
        Instant retentionStart = now.atOffset(ZoneOffset.UTC).minus(Period.ofMonths(24)).toInstant();
        audit.record(new IdentityRead("secretaire", retentionStart.minus(MS), referral, "read"));
        audit.record(new IdentityRead("secretaire", retentionStart, referral, "read"));

        clock.set(now);
        scheduler.work();

        assertThat(audit.of(referral)).extracting(IdentityRead::when).containsExactly(retentionStart);
    }

    @Test
    void onlyOneOwnerHoldsTheLeaseUntilItExpires() throws Exception {
        String lease = "test-lease-" + UUID.randomUUID();
        Instant now = Instant.parse("2027-01-04T09:00:00Z");
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<Boolean>> attempts = List.of("a", "b").stream()
                .map(owner -> CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return store.tryLease(lease, owner, now, Duration.ofMinutes(2));
                })).toList();

        List<Boolean> won = attempts.stream().map(CompletableFuture::join).toList();

        assertThat(won).containsExactlyInAnyOrder(true, false);
        String winner = won.get(0) ? "a" : "b";
        String loser = won.get(0) ? "b" : "a";
        assertThat(store.tryLease(lease, winner, now.plusSeconds(60), Duration.ofMinutes(2))).isTrue();
        assertThat(store.tryLease(lease, loser, now.plusSeconds(179), Duration.ofMinutes(2))).isFalse();
        assertThat(store.tryLease(lease, loser, now.plusSeconds(180), Duration.ofMinutes(2))).isTrue();
        assertThat(store.tryLease(lease, winner, now.plusSeconds(181), Duration.ofMinutes(2))).isFalse();
    }

    @Test
    void twoSchedulersRunningTogetherExpireEachReferralExactlyOnce() {
        String venue = registeredVenue(List.of(ADMIN_HELP));
        clock.set(SENT_AT);
        List<String> ids = IntStream.range(0, 12).mapToObj(i -> sendReferral(venue)).toList();
        clock.set(DUE_AT.plus(Duration.ofMinutes(5)));
        List<ServiceLevelScheduler> instances = List.of(instance("one"), instance("two"));
        CyclicBarrier start = new CyclicBarrier(instances.size());

        // each instance both ticks (lease) and works without it, so their writes really race on each referral
        List<CompletableFuture<Void>> runs = new ArrayList<>();
        for (ServiceLevelScheduler instance : instances) {
            runs.add(CompletableFuture.runAsync(() -> {
                await(start);
                instance.tick();
                instance.work();
            }));
        }
        runs.forEach(CompletableFuture::join);

        ids.forEach(id -> assertThat(status(id)).isEqualTo(ReferralStatus.EXPIRED));
        Map<String, List<JsonNode>> events = published(ids);
        for (String id : ids) {
            List<String> types = types(events.get(id));
            assertThat(types).as(id).containsOnlyOnce("ReferralExpired", "ReferralEscalated");
            assertThat(types.stream().filter("ReferralExpired"::equals).count()).as(id).isEqualTo(1);
            assertThat(types.stream().filter("ReferralEscalated"::equals).count()).as(id).isEqualTo(1);
            assertThat(types.stream().filter("ReferralReminderDue"::equals).count()).as(id).isZero();
            assertThat(referrals.byId(id).orElseThrow().history())
                    .filteredOn(t -> t.to() == ReferralStatus.EXPIRED).hasSize(1);
        }
    }

    private ServiceLevelScheduler instance(String name) {
        return new ServiceLevelScheduler(referrals, upkeep, store, clock, Duration.ofMinutes(2), audit,
                new IdentityRetention(Period.ofMonths(6), Period.ofMonths(12), Period.ofMonths(24)),
                "test-" + name + "-" + UUID.randomUUID());
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
