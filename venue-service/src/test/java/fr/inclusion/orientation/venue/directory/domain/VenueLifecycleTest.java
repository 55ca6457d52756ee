package fr.inclusion.orientation.venue.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Withdrawal, availability and what each change says about itself for the history. */
class VenueLifecycleTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    private static Venue registered() {
        return Venue.register("epn", SampleVenues.valid().build(), List.of(), "admin-id", NOW).venue();
    }

    @Test
    void withdrawingMakesTheVenueInactiveAtTheNextVersion() {
        Venue venue = registered();

        VenueChange.Withdrawn withdrawn = venue.withdraw("coord-id", NOW.plusSeconds(60)).orElseThrow();

        assertThat(withdrawn.venue().active()).isFalse();
        assertThat(withdrawn.venue().version()).isEqualTo(2);
        assertThat(withdrawn.venue().details()).isEqualTo(venue.details());
        assertThat(withdrawn.actor()).isEqualTo("coord-id");
        assertThat(withdrawn.kind()).isEqualTo("withdrawn");
        assertThat(withdrawn.changedFields()).containsExactly("active");
    }

    @Test
    void withdrawingAWithdrawnVenueRecordsNothing() {
        Venue withdrawn = registered().withdraw("coord-id", NOW).orElseThrow().venue();

        assertThat(withdrawn.withdraw("admin-id", NOW.plusSeconds(5))).isEmpty();
    }

    @Test
    void pausingIntakeWithACapacityRecordsBothFields() {
        Venue venue = registered();

        VenueChange.AvailabilityChanged changed = venue.changeAvailability(true, 12, null, "staff-id", NOW)
                .orElseThrow();

        assertThat(changed.venue().intakePaused()).isTrue();
        assertThat(changed.venue().weeklyCapacity()).isEqualTo(12);
        assertThat(changed.venue().version()).isEqualTo(2);
        assertThat(changed.venue().active()).isTrue();
        assertThat(changed.changedFields()).containsExactly("intake_paused", "weekly_capacity");
        assertThat(changed.kind()).isEqualTo("availability_changed");
    }

    @Test
    void onlyTheCapacityChangedIsTheOnlyFieldRecorded() {
        Venue paused = registered().changeAvailability(true, 12, null, "staff-id", NOW).orElseThrow().venue();

        VenueChange.AvailabilityChanged changed = paused.changeAvailability(true, 8, null, "staff-id", NOW)
                .orElseThrow();

        assertThat(changed.changedFields()).containsExactly("weekly_capacity");
        assertThat(changed.venue().intakePaused()).isTrue();
    }

    @Test
    void theSameAvailabilityAgainRecordsNothing() {
        Venue venue = registered();
        assertThat(venue.changeAvailability(false, null, null, "staff-id", NOW)).as("as registered").isEmpty();

        Venue paused = venue.changeAvailability(true, 5, null, "staff-id", NOW).orElseThrow().venue();
        assertThat(paused.changeAvailability(true, 5, null, "other-id", NOW)).isEmpty();
    }

    @Test
    void aNegativeOrAbsurdCapacityIsRefused() {
        Venue venue = registered();

        assertThatThrownBy(() -> venue.changeAvailability(false, -1, null, "staff-id", NOW))
                .isInstanceOfSatisfying(InvalidVenueException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("weeklyCapacity"));
        assertThatThrownBy(() -> venue.changeAvailability(false, Venue.WEEKLY_CAPACITY_MAX + 1, null, "staff-id",
                NOW))
                .isInstanceOf(InvalidVenueException.class);
        assertThat(venue.changeAvailability(false, 0, null, "staff-id", NOW)).as("0: full this week").isPresent();
    }

    @Test
    void anAnswerDelayIsRecordedAsItsOwnField() {
        Venue venue = registered();

        VenueChange.AvailabilityChanged changed = venue.changeAvailability(false, null, 5, "staff-id", NOW)
                .orElseThrow();

        assertThat(changed.venue().answerDelayDays()).isEqualTo(5);
        assertThat(changed.venue().intakePaused()).isFalse();
        assertThat(changed.changedFields()).containsExactly("answer_delay_days");
        assertThat(changed.venue().changeAvailability(false, null, 5, "other-id", NOW)).as("same again").isEmpty();
        assertThat(changed.venue().changeAvailability(false, null, null, "staff-id", NOW).orElseThrow()
                .venue().answerDelayDays()).as("back to the network's default").isNull();
    }

    @Test
    void anAnswerDelayOutsideOneToTwentyWorkingDaysIsRefused() {
        Venue venue = registered();

        for (int days : new int[] {0, -2, Venue.ANSWER_DELAY_MAX_DAYS + 1}) {
            assertThatThrownBy(() -> venue.changeAvailability(false, null, days, "staff-id", NOW))
                    .isInstanceOfSatisfying(InvalidVenueException.class, e -> {
                        assertThat(e.violations()).extracting(Violation::field).containsExactly("answerDelayDays");
                        assertThat(e.violations().getFirst().message()).contains("jours ouvrés");
                    });
        }
        assertThat(venue.changeAvailability(false, null, 1, "staff-id", NOW)).isPresent();
        assertThat(venue.changeAvailability(false, null, 20, "staff-id", NOW)).isPresent();
    }

    @Test
    void anUpdateKeepsTheAvailabilityAndNamesTheFieldsItChanged() {
        Venue paused = registered().changeAvailability(true, 4, 7, "staff-id", NOW).orElseThrow().venue();
        MobileStop stop = new MobileStop("55493", 2, "14:00", "16:00", "Mairie");

        VenueChange.Updated updated = paused.update(SampleVenues.valid().codePostal("55000").horaires("Tu 09:00-12:00")
                .itinerance("Itinérant").build(), List.of(stop), "admin-id", NOW).orElseThrow();

        assertThat(updated.changedFields()).containsExactly("code_postal", "horaires", "itinerance", "stops");
        assertThat(updated.venue().intakePaused()).isTrue();
        assertThat(updated.venue().weeklyCapacity()).isEqualTo(4);
        assertThat(updated.venue().answerDelayDays()).isEqualTo(7);
        assertThat(updated.proposal()).isNull();
    }

    @Test
    void anUpdateFromAnApprovedProposalNamesTheApproverAndTheProposer() {
        Venue venue = registered();

        VenueChange.Updated updated = venue.update(SampleVenues.valid().fraisACharge("Payant").build(), List.of(),
                "coord-id", NOW, new ApprovedProposal("p-1", "secretary-id")).orElseThrow();
        VenueHistoryEntry entry = VenueHistoryEntry.of(updated);

        assertThat(entry.by()).isEqualTo("coord-id");
        assertThat(entry.proposedBy()).isEqualTo("secretary-id");
        assertThat(entry.proposalId()).isEqualTo("p-1");
        assertThat(entry.kind()).isEqualTo("updated");
        assertThat(entry.fields()).containsExactly("frais_a_charge");
        assertThat(entry.at()).isEqualTo(NOW);
    }

    @Test
    void aRegistrationIsTheFirstLineOfTheHistory() {
        VenueHistoryEntry entry = VenueHistoryEntry.of(Venue.register("epn", SampleVenues.valid().build(), List.of(),
                "admin-id", NOW));

        assertThat(entry.kind()).isEqualTo("registered");
        assertThat(entry.by()).isEqualTo("admin-id");
        assertThat(entry.fields()).isEmpty();
        assertThat(entry.proposedBy()).isNull();
    }

    @Test
    void everyFieldOfTheRecordIsNamedAsInTheStandard() {
        assertThat(ChangedFields.standardName("fraisACharge")).isEqualTo("frais_a_charge");
        assertThat(ChangedFields.standardName("dispositifProgrammesNationaux"))
                .isEqualTo("dispositif_programmes_nationaux");
        assertThat(ChangedFields.standardName("nom")).isEqualTo("nom");
    }
}
