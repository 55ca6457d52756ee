package fr.inclusion.orientation.referral.lifecycle.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;
import fr.inclusion.orientation.referral.territory.CommuneEpciTable;

class ReferralEventsTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:15:30Z");
    private static final Instant DUE = Instant.parse("2026-12-03T10:15:30Z");
    private static final CommuneEpciTable EPCIS = new CommuneEpciTable();

    private static Referral sentFrom(String communeCode) {
        return Referral.send("r1", new ReferralDraft("venue-1", "Aide aux démarches administratives", null,
                new Resident("Josiane", new Contact(ContactChannel.VIA_MAIRIE, null), communeCode), List.of(), null,
                null, true, "v1"), "secretary-1", "key", NOW).answerDue(DUE, NOW.plusSeconds(3600));
    }

    private static ReferralEscalated escalationOf(Referral referral) {
        Transition expiry = referral.expire(DUE).orElseThrow();
        List<ReferralEvent> events = ReferralEvents.allOf(referral, expiry, EPCIS);
        assertThat(events).hasSize(2);
        assertThat(events.getFirst()).isInstanceOf(ReferralExpired.class);
        assertThat(events.get(1)).isInstanceOf(ReferralEscalated.class);
        return (ReferralEscalated) events.get(1);
    }

    @Test
    void anExpiryInAMeuseCommuneIsEscalatedToItsEpciAndItsDepartement() {
        ReferralEscalated revigny = escalationOf(sentFrom("55427"));
        ReferralEscalated barLeDuc = escalationOf(sentFrom("55029"));

        assertThat(revigny.epciSiren()).as("CC du Pays de Revigny-sur-Ornain").isEqualTo("245501184");
        assertThat(revigny.departement()).isEqualTo("55");
        assertThat(revigny.communeCode()).isEqualTo("55427");
        assertThat(revigny.version()).isEqualTo(2);
        assertThat(barLeDuc.epciSiren()).as("CA de Bar-le-Duc - Sud Meuse").isEqualTo("200033025");
        String wire = EventCodec.writeString(revigny);
        assertThat(wire).contains("\"epciSiren\":\"245501184\"").doesNotContain("Josiane");
    }

    @Test
    void anExpiryInACommuneOutsideTheReferenceFilesIsEscalatedToTheDepartementOnly() {
        ReferralEscalated epinal = escalationOf(sentFrom("88160"));

        assertThat(epinal.epciSiren()).isNull();
        assertThat(epinal.departement()).isEqualTo("88");
    }

    @Test
    void onlyAnExpiryTriggersAnEscalation() {
        Referral referral = sentFrom("55427");

        assertThat(ReferralEvents.allOf(referral, referral.pendingTransitions().getFirst(), EPCIS)).hasSize(1);
        assertThat(ReferralEvents.allOf(referral, referral.accept("staff-1", NOW).orElseThrow(), EPCIS))
                .hasSize(1);
    }

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
