package fr.inclusion.orientation.referral.referral.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.referral.referral.domain.Contact;
import fr.inclusion.orientation.referral.referral.domain.ContactChannel;
import fr.inclusion.orientation.referral.referral.domain.Referral;
import fr.inclusion.orientation.referral.referral.domain.ReferralDraft;
import fr.inclusion.orientation.referral.referral.domain.Resident;

class ReferralEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");

    @Test
    void sentEventCarriesRoutingDataButNoIdentity() {
        Referral referral = Referral.send("r1", new ReferralDraft("venue-1", "Aide aux démarches administratives",
                null, new Resident("Josiane", new Contact(ContactChannel.EMAIL, "josiane@example.org"), "55427"),
                List.of("free", "weekend"), "Sourde, parler fort", LocalDate.of(2026, 12, 15), true, "v1"),
                "secretary-1", "key", NOW);

        ReferralEvent event = ReferralEvents.of(referral, referral.pendingTransitions().getFirst());

        assertThat(event).isInstanceOfSatisfying(ReferralSent.class, sent -> {
            assertThat(sent.referralId()).isEqualTo("r1");
            assertThat(sent.version()).isEqualTo(1);
            assertThat(sent.venueId()).isEqualTo("venue-1");
            assertThat(sent.communeCode()).isEqualTo("55427");
            assertThat(sent.secretaryId()).isEqualTo("secretary-1");
            assertThat(sent.constraints()).containsExactly("free", "weekend");
            assertThat(sent.deadline()).isEqualTo(LocalDate.of(2026, 12, 15));
        });
        String wire = EventCodec.writeString(event);
        assertThat(wire).doesNotContain("Josiane").doesNotContain("josiane@example.org")
                .doesNotContain("Sourde");
        assertThat(EventCodec.read(wire, ReferralEvent.class)).isEqualTo(event);
    }

    @Test
    void acceptedEventNamesTheActorAndTheNextVersion() {
        Referral referral = Referral.send("r1", new ReferralDraft("venue-1", "Aide aux démarches administratives",
                null, new Resident("Josiane", new Contact(ContactChannel.VIA_MAIRIE, null), "55427"), List.of(),
                null, null, true, "v1"), "secretary-1", "key", NOW);

        ReferralEvent event = ReferralEvents.of(referral, referral.accept("staff-1", NOW).orElseThrow());

        assertThat(event).isInstanceOfSatisfying(ReferralAccepted.class, accepted -> {
            assertThat(accepted.actorId()).isEqualTo("staff-1");
            assertThat(accepted.version()).isEqualTo(2);
            assertThat(accepted.aggregateId()).isEqualTo("r1");
        });
    }
}
