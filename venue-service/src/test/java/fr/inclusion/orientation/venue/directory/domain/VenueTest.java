package fr.inclusion.orientation.venue.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class VenueTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void aRegisteredVenueIsAtVersionOneListedAndTakingReferrals() {
        VenueChange.Registered registered = Venue.register(" epn-sommeilles ", SampleVenues.valid().build(),
                null, "admin-id", NOW);

        Venue venue = registered.venue();
        assertThat(venue.id()).isEqualTo("epn-sommeilles");
        assertThat(venue.version()).isEqualTo(1);
        assertThat(venue.active()).isTrue();
        assertThat(venue.intakePaused()).isFalse();
        assertThat(venue.stops()).isEmpty();
        assertThat(registered.actor()).isEqualTo("admin-id");
        assertThat(registered.occurredAt()).isEqualTo(NOW);
        assertThat(registered.eventId()).isNotNull();
    }

    @Test
    void registeringAnInvalidRecordFailsWithEveryViolation() {
        assertThatThrownBy(() -> Venue.register("epn", SampleVenues.valid().codePostal("558").pivot("x").build(),
                List.of(), "admin-id", NOW))
                .isInstanceOfSatisfying(InvalidVenueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("pivot", "code_postal"));
    }

    @Test
    void anUpdateBumpsTheVersionAndCarriesTheNewRecord() {
        Venue venue = Venue.register("epn", SampleVenues.valid().build(), List.of(), "a", NOW).venue();

        VenueChange.Updated updated = venue.update(SampleVenues.valid().nom("EPN de Sommeilles").build(),
                List.of(), "b", NOW.plusSeconds(60)).orElseThrow();

        assertThat(updated.venue().version()).isEqualTo(2);
        assertThat(updated.venue().details().nom()).isEqualTo("EPN de Sommeilles");
        assertThat(updated.venue().id()).isEqualTo("epn");
        assertThat(updated.actor()).isEqualTo("b");
        assertThat(venue.version()).as("the venue itself is immutable").isEqualTo(1);
    }

    @Test
    void updatingWithTheSameRecordRecordsNothing() {
        Venue venue = Venue.register("epn", SampleVenues.valid().build(), List.of(), "a", NOW).venue();

        assertThat(venue.update(SampleVenues.valid().nom("  Espace public numérique de Sommeilles ").build(),
                List.of(), "b", NOW)).isEmpty();
    }

    @Test
    void anUpdateBreakingARuleIsRefusedAndKeepsTheVenueAsItWas() {
        Venue venue = Venue.register("epn", SampleVenues.valid().build(), List.of(), "a", NOW).venue();

        assertThatThrownBy(() -> venue.update(SampleVenues.valid().services("Tout").build(), List.of(), "b", NOW))
                .isInstanceOf(InvalidVenueException.class);
        assertThat(venue.details().services()).containsExactly("Aide aux démarches administratives");
    }

    @Test
    void aMobileVenueGivesItsStopsAsDaysAndTimes() {
        MobileStop stop = new MobileStop("55493", 2, "14:00", "16:30", "Place de la mairie");
        Venue bus = Venue.register("bus", SampleVenues.valid().itinerance("Itinérant").build(), List.of(stop), "a",
                NOW).venue();

        assertThat(bus.details().isMobile()).isTrue();
        assertThat(bus.stops().getFirst().day()).isEqualTo(java.time.DayOfWeek.TUESDAY);
        assertThat(bus.stops().getFirst().end()).isEqualTo(java.time.LocalTime.of(16, 30));
    }
}
