package fr.inclusion.orientation.referral.lifecycle.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class ReferralLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final String STAFF = "staff-1";

    @Test
    void declineRecordsTheCodedReasonAndKeepsTheFirstMessage() {
        Referral referral = stored(sent());

        Transition transition = referral.decline(STAFF, NOW, DeclineReason.INJOIGNABLE, "jamais joignable")
                .orElseThrow();

        assertThat(transition).isEqualTo(new Transition(ReferralStatus.SENT, ReferralStatus.DECLINED, STAFF, NOW,
                "injoignable", 2));
        assertThat(referral.declineMessage()).isEqualTo("jamais joignable");
        assertThat(referral.decline(STAFF, NOW, DeclineReason.AUTRE, "autre chose")).isEmpty();
        assertThat(referral.declineMessage()).isEqualTo("jamais joignable");
    }

    @Test
    void closingIsOnlyForAnAcceptedReferral() {
        Referral referral = stored(sent());

        assertThatThrownBy(() -> referral.close(STAFF, NOW, Outcome.RESOLVED, null))
                .isInstanceOf(IllegalTransitionException.class);
        referral.accept(STAFF, NOW);
        assertThat(referral.close(STAFF, NOW, Outcome.NO_SHOW, "pas venue").orElseThrow().reason())
                .isEqualTo("no_show");
        assertThat(referral.closingNote()).isEqualTo("pas venue");
    }

    @Test
    void reroutingLinksBothReferralsAndKeepsResidentAndConsent() {
        Referral first = stored(sent());
        first.decline(STAFF, NOW, DeclineReason.MOBILITE, null);

        Transition mark = first.markReroutedTo("r2", "venue-2", "coordinator-1", NOW).orElseThrow();
        Referral second = Referral.reroutedFrom(first, "r2", "venue-2", "coordinator-1", NOW);

        assertThat(mark.from()).isEqualTo(ReferralStatus.DECLINED).isEqualTo(mark.to());
        assertThat(mark.reason()).isEqualTo(Referral.REROUTED);
        assertThat(first.status()).isEqualTo(ReferralStatus.DECLINED);
        assertThat(first.reroutedTo()).isEqualTo("r2");
        assertThat(second.reroutedFrom()).isEqualTo("r1");
        assertThat(second.status()).isEqualTo(ReferralStatus.SENT);
        assertThat(second.resident()).isEqualTo(first.resident());
        assertThat(second.consent()).isEqualTo(first.consent());
        assertThat(second.idempotencyKey()).isEqualTo("reroute:r1");
        assertThat(first.markReroutedTo("r2", "venue-2", "coordinator-1", NOW)).isEmpty();
        assertThatThrownBy(() -> first.markReroutedTo("r3", "venue-3", "coordinator-1", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void onlyDeclinedOrExpiredReferralsAreRerouted() {
        Referral referral = stored(sent());

        assertThatThrownBy(() -> referral.markReroutedTo("r2", "venue-2", "secretary-1", NOW))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void codesAreReadAsTheApiWritesThem() {
        assertThat(DeclineReason.fromCode("session-complete")).contains(DeclineReason.SESSION_COMPLETE);
        assertThat(DeclineReason.fromCode("SESSION_COMPLETE")).isEmpty();
        assertThat(Outcome.fromCode("partly_resolved")).contains(Outcome.PARTLY_RESOLVED);
        assertThat(Outcome.fromCode(null)).isEmpty();
    }

    private static Referral sent() {
        return Referral.send("r1", new ReferralDraft("venue-1", "Aide aux démarches administratives", null,
                new Resident("Léa", new Contact(ContactChannel.PHONE, "06 12 34 56 78"), "55427"), List.of(),
                "note", LocalDate.of(2026, 12, 15), true, "v1"), "secretary-1", "key-1", NOW);
    }

    private static Referral stored(Referral r) {
        return Referral.restore(r.id(), r.createdBy(), r.idempotencyKey(), r.venueId(), r.need(),
                r.needOverrideReason(), r.resident(), r.constraints(), r.note(), r.deadline(), r.consent(),
                r.createdAt(), r.reroutedFrom(), r.status(), r.history(), r.version());
    }
}
