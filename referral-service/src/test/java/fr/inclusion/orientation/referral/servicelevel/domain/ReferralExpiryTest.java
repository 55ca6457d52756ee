package fr.inclusion.orientation.referral.servicelevel.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.IllegalTransitionException;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;
import fr.inclusion.orientation.referral.lifecycle.domain.Territory;

class ReferralExpiryTest {

    private static final Instant SENT = Instant.parse("2026-12-23T09:00:00Z");
    private static final Instant DUE = Instant.parse("2026-12-29T09:00:00Z");

    private static Referral sent() {
        ReferralDraft draft = new ReferralDraft("venue-1", "Aide aux démarches administratives", null,
                new Resident("Léa", new Contact(ContactChannel.PHONE, "0612345678"), "55427"), List.of(), null,
                null, true, "v1");
        return Referral.send("r1", draft, "secretary-1", "key-1", SENT)
                .answerDue(DUE, Instant.parse("2026-12-24T21:00:00Z"));
    }

    @Test
    void expiryMovesSentToExpiredInTheSystemsName() {
        Referral referral = sent();

        var moved = referral.expire(DUE);

        assertThat(moved).hasValueSatisfying(t -> {
            assertThat(t.from()).isEqualTo(ReferralStatus.SENT);
            assertThat(t.to()).isEqualTo(ReferralStatus.EXPIRED);
            assertThat(t.actorId()).isEqualTo(Referral.SYSTEM_ACTOR);
            assertThat(t.version()).isEqualTo(2);
        });
        assertThat(referral.dueAt()).isEqualTo(DUE);
    }

    @Test
    void expiringTwiceEmitsNothingNew() {
        Referral referral = sent();
        referral.expire(DUE);

        assertThat(referral.expire(DUE.plusSeconds(30))).isEmpty();
        assertThat(referral.pendingTransitions()).hasSize(2);
    }

    @Test
    void anAcceptedReferralCannotExpire() {
        Referral referral = sent();
        referral.accept("staff-1", SENT.plusSeconds(60));

        assertThatThrownBy(() -> referral.expire(DUE)).isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void escalationGoesToTheDepartementOfTheCommune() {
        assertThat(Territory.ofCommune("55427")).isEqualTo(new Territory(null, "55"));
        assertThat(Territory.ofCommune("2A004", "242010056")).isEqualTo(new Territory("242010056", "2A"));
        assertThat(Territory.ofCommune("554")).isEqualTo(new Territory(null, null));
    }
}
