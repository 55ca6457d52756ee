package fr.inclusion.orientation.referral.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.support.problem.FieldError;

class ReferralTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final String SECRETARY = "secretary-1";
    private static final String STAFF = "staff-1";

    @Test
    void sendingStartsInSentWithTheSecretaryAsFirstActorAndRecordsConsent() {
        Referral referral = sent();

        assertThat(referral.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(referral.version()).isEqualTo(1);
        assertThat(referral.history()).containsExactly(
                new Transition(null, ReferralStatus.SENT, SECRETARY, NOW, null, 1));
        assertThat(referral.consent()).isEqualTo(new Consent("v1", SECRETARY, NOW));
        assertThat(referral.pendingTransitions()).hasSize(1);
        assertThat(referral.storedVersion()).isZero();
    }

    @Test
    void acceptingMovesSentToAcceptedWithTheVenueStaffAsActor() {
        Referral referral = stored(sent());

        Transition transition = referral.accept(STAFF, NOW.plusSeconds(60)).orElseThrow();

        assertThat(transition).isEqualTo(new Transition(ReferralStatus.SENT, ReferralStatus.ACCEPTED, STAFF,
                NOW.plusSeconds(60), null, 2));
        assertThat(referral.status()).isEqualTo(ReferralStatus.ACCEPTED);
        assertThat(referral.history()).hasSize(2);
        assertThat(referral.storedVersion()).isEqualTo(1);
        assertThat(referral.updatedAt()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void acceptingAgainChangesNothingAndYieldsNoTransition() {
        Referral referral = stored(sent());
        referral.accept(STAFF, NOW.plusSeconds(60));

        assertThat(referral.accept(STAFF, NOW.plusSeconds(120))).isEmpty();
        assertThat(referral.history()).extracting(Transition::to)
                .containsExactly(ReferralStatus.SENT, ReferralStatus.ACCEPTED);
        assertThat(referral.pendingTransitions()).hasSize(1);
        assertThat(referral.version()).isEqualTo(2);
    }

    @Test
    void acceptingACancelledReferralIsIllegal() {
        Referral referral = stored(sent());
        referral.cancel(SECRETARY, NOW.plusSeconds(30), null);

        assertThatThrownBy(() -> referral.accept(STAFF, NOW.plusSeconds(60)))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessageContaining("cancelled").hasMessageContaining("accepted");
        assertThat(referral.status()).isEqualTo(ReferralStatus.CANCELLED);
    }

    @Test
    void cancellingTwiceIsHarmless() {
        Referral referral = stored(sent());

        assertThat(referral.cancel(SECRETARY, NOW, "doublon")).isPresent();
        assertThat(referral.cancel(SECRETARY, NOW, "doublon")).isEmpty();
    }

    @Test
    void lifecycleAllowsOnlyTheDocumentedMoves() {
        assertThat(ReferralStatus.SENT.next()).containsExactlyInAnyOrder(ReferralStatus.ACCEPTED,
                ReferralStatus.DECLINED, ReferralStatus.EXPIRED, ReferralStatus.CANCELLED);
        assertThat(ReferralStatus.ACCEPTED.next()).containsExactlyInAnyOrder(ReferralStatus.CLOSED,
                ReferralStatus.CANCELLED);
        assertThat(List.of(ReferralStatus.DECLINED, ReferralStatus.CLOSED, ReferralStatus.EXPIRED,
                ReferralStatus.CANCELLED)).allMatch(ReferralStatus::isFinal);
        assertThat(ReferralStatus.ACCEPTED.canMoveTo(ReferralStatus.SENT)).isFalse();
        assertThat(ReferralStatus.fromCode("accepted")).contains(ReferralStatus.ACCEPTED);
        assertThat(ReferralStatus.fromCode("lost")).isEmpty();
    }

    @Test
    void draftWithoutConsentGivenIsRefused() {
        ReferralDraft draft = draft(new Resident("Léa", new Contact(ContactChannel.EMAIL, "lea@example.org"),
                "55427"), false);

        assertThatThrownBy(() -> Referral.send("r1", draft, SECRETARY, "key", NOW))
                .isInstanceOfSatisfying(InvalidReferralException.class, e -> assertThat(e.errors())
                        .containsExactly(new FieldError("consent.given", ReferralRules.CONSENT_NOT_GIVEN)));
    }

    @Test
    void phoneAndEmailNeedAValueButTheMairieDoesNot() {
        assertThat(ReferralRules.check(draft(new Resident("Léa", new Contact(ContactChannel.PHONE, " "), "55427"),
                true))).containsExactly(new FieldError("resident.contact.value",
                        ReferralRules.CONTACT_VALUE_REQUIRED));
        assertThat(ReferralRules.check(draft(new Resident("Léa", new Contact(ContactChannel.VIA_MAIRIE, null),
                "55427"), true))).isEmpty();
        assertThat(ReferralRules.check(draft(new Resident("Léa", null, "55427"), true)))
                .extracting(FieldError::field).containsExactly("resident.contact");
    }

    @Test
    void needCommuneAndConstraintsFollowTheStandards() {
        ReferralDraft draft = new ReferralDraft("venue", "Cours de cuisine", null,
                new Resident("Léa", new Contact(ContactChannel.VIA_MAIRIE, null), "554"), List.of("teleportation"),
                null, null, true, "v1");

        assertThat(ReferralRules.check(draft)).extracting(FieldError::field)
                .containsExactlyInAnyOrder("need", "resident.commune", "constraints");
        assertThat(ReferralRules.INSEE_CODE.matcher("2A004").matches()).isTrue();
    }

    @Test
    void retryIsRecognisedOnlyWhenItAsksForTheSameReferral() {
        Referral referral = sent();

        assertThat(referral.isRequestedBy(draft(resident(), true))).isTrue();
        assertThat(referral.isRequestedBy(draft(new Resident("Marc", resident().contact(), "55427"), true)))
                .isFalse();
    }

    @Test
    void identityStaysOutOfToString() {
        Referral referral = sent();

        assertThat(referral.resident().toString()).doesNotContain("Léa").doesNotContain("06 12");
        assertThat(referral.toString()).doesNotContain("Léa");
        assertThat(draft(resident(), true).toString()).doesNotContain("Léa").doesNotContain("note privée");
    }

    private static Referral sent() {
        return Referral.send("r1", draft(resident(), true), SECRETARY, "key-1", NOW);
    }

    /** What the store gives back: the same referral with nothing pending. */
    private static Referral stored(Referral r) {
        return Referral.restore(r.id(), r.createdBy(), r.idempotencyKey(), r.venueId(), r.need(),
                r.needOverrideReason(), r.resident(), r.constraints(), r.note(), r.deadline(), r.consent(),
                r.createdAt(), r.reroutedFrom(), r.status(), r.history(), r.version());
    }

    private static Resident resident() {
        return new Resident("Léa", new Contact(ContactChannel.PHONE, "06 12 34 56 78"), "55427");
    }

    private static ReferralDraft draft(Resident resident, boolean consent) {
        return new ReferralDraft("venue-1", "Aide aux démarches administratives", null, resident,
                List.of("free"), "note privée", LocalDate.of(2026, 12, 15), consent, "v1");
    }
}
