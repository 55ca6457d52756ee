package fr.inclusion.orientation.venue.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

class VenueDetailsTest {

    @Test
    void textIsTrimmedAndBlankTextIsAbsent() {
        VenueDetails details = VenueDetails.builder().nom("  Médiathèque ").complementAdresse("   ").build();

        assertThat(details.nom()).isEqualTo("Médiathèque");
        assertThat(details.complementAdresse()).isNull();
    }

    @Test
    void listsDropBlanksAndDuplicatesAndAbsentListsAreEmpty() {
        VenueDetails details = VenueDetails.builder()
                .services(Arrays.asList("Aide aux démarches administratives", " ", null,
                        "Aide aux démarches administratives "))
                .build();

        assertThat(details.services()).containsExactly("Aide aux démarches administratives");
        assertThat(details.typologie()).isEmpty();
    }

    @Test
    void frenchPhoneNumbersWrittenLocallyTakeTheInternationalForm() {
        VenueDetails details = VenueDetails.builder().telephone("03 29 70 00 00", "03.29.70.00.00", "+33 6 12 34 56 78")
                .build();

        assertThat(details.telephone()).containsExactly("+33329700000", "+33612345678");
    }

    @Test
    void aRecordRebuiltFromItsBuilderIsEqual() {
        VenueDetails details = SampleVenues.valid().build();

        assertThat(details.toBuilder().build()).isEqualTo(details);
    }
}
