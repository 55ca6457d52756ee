package fr.inclusion.orientation.venue.proposal.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/** Proposed changes over a venue's record, without Spring: the JSON mapper and validator are built here. */
class ProposedChangesTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();
    private static final ProposedChanges CHANGES = new ProposedChanges(JSON, VALIDATION.getValidator());

    private static final Venue VENUE = Venue.register("epn-revigny", VenueDetails.builder()
            .pivot("00000000000001")
            .nom("Espace public numérique de Revigny")
            .commune("Revigny-sur-Ornain")
            .codePostal("55800")
            .codeInsee("55427")
            .adresse("1 rue de l'Essai")
            .horaires("Mo-Fr 09:00-12:00")
            .priseRdv("https://example.org/rdv")
            .dateMaj(LocalDate.of(2026, 11, 1))
            .services("Aide aux démarches administratives")
            .fraisACharge("Gratuit")
            .itinerance("Fixe")
            .build(), List.of(), "admin-id", Instant.parse("2026-11-28T10:00:00Z")).venue();

    @AfterAll
    static void close() {
        VALIDATION.close();
    }

    private static ObjectNode changes(String json) {
        return (ObjectNode) JSON.readTree(json);
    }

    private static List<String> fieldsInError(String json) {
        try {
            CHANGES.check(VENUE, changes(json));
        } catch (InvalidVenueException e) {
            return e.violations().stream().map(Violation::field).toList();
        }
        throw new AssertionError("expected the changes to be refused: " + json);
    }

    @Test
    void theNamedFieldsChangeAndTheOthersStay() {
        Map<String, Object> checked = CHANGES.check(VENUE, changes(
                "{\"horaires\": \"Mo-Fr 09:00-12:00; Sa 09:00-12:00\", \"frais_a_charge\": [\"Payant\"]}"));

        StandardVenue corrected = CHANGES.apply(VENUE, checked);

        assertThat(corrected.horaires()).isEqualTo("Mo-Fr 09:00-12:00; Sa 09:00-12:00");
        assertThat(corrected.fraisACharge()).containsExactly("Payant");
        assertThat(corrected.nom()).isEqualTo("Espace public numérique de Revigny");
        assertThat(corrected.services()).containsExactly("Aide aux démarches administratives");
        assertThat(corrected.id()).isEqualTo("epn-revigny");
    }

    @Test
    void valuesAreKeptAsTheRecordWillHoldThem() {
        Map<String, Object> checked = CHANGES.check(VENUE, changes("{\"code_postal\": 55000, \"prise_rdv\": null}"));

        assertThat(checked).containsEntry("code_postal", "55000").containsEntry("prise_rdv", null);
        assertThat(checked.keySet()).containsExactly("code_postal", "prise_rdv");
        assertThat(CHANGES.apply(VENUE, checked).priseRdv()).as("null clears the field").isNull();
    }

    @Test
    void changesBreakingTheRulesOnceAppliedAreListedByField() {
        assertThat(fieldsInError("{\"code_postal\": \"558\", \"services\": [\"Réparation de vélos\"], \"nom\": \" \"}"))
                .containsExactlyInAnyOrder("code_postal", "services", "nom");
    }

    @Test
    void unknownFieldsAreRefusedWithTheirNames() {
        assertThat(fieldsInError("{\"horaire\": \"Mo 09:00-12:00\", \"intake_paused\": true}"))
                .containsExactlyInAnyOrder("horaire", "intake_paused");
    }

    @Test
    void theIdentifierIsNotCorrectedButMayBeRepeated() {
        assertThat(fieldsInError("{\"id\": \"autre\", \"nom\": \"Autre nom\"}")).containsExactly("id");
        assertThat(CHANGES.check(VENUE, changes("{\"id\": \"epn-revigny\", \"nom\": \"Autre nom\"}")))
                .containsOnlyKeys("nom");
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        assertThat(fieldsInError("{\"latitude\": \"quarante-huit\"}")).containsExactly("latitude");
        assertThat(fieldsInError("{\"date_maj\": \"2026-13-45\"}")).containsExactly("date_maj");
    }

    @Test
    void stopsAreCheckedAsInAFullRecord() {
        assertThat(fieldsInError("{\"stops\": [{\"commune\": \"55493\", \"weekday\": 9, \"from\": \"14:00\", "
                + "\"to\": \"16:00\", \"place\": \"Mairie\"}], \"itinerance\": [\"Itinérant\"]}"))
                .containsExactly("stops[0].weekday");
        Map<String, Object> checked = CHANGES.check(VENUE, changes("{\"stops\": [{\"commune\": \"55493\", "
                + "\"weekday\": 2, \"from\": \"14:00\", \"to\": \"16:00\", \"place\": \"Mairie\"}], "
                + "\"itinerance\": [\"Itinérant\"]}"));
        assertThat(CHANGES.apply(VENUE, checked).toStops())
                .containsExactly(new MobileStop("55493", 2, "14:00", "16:00", "Mairie"));
    }

    @Test
    void theLimitsOfTheExchangeFormApplyToo() {
        assertThat(fieldsInError("{\"presentation_detail\": \"" + "x".repeat(10_001) + "\"}"))
                .containsExactly("presentation_detail");
    }

    @Test
    void changesThatChangeNothingAreNotAProposal() {
        assertThatThrownBy(() -> CHANGES.check(VENUE, changes("{}")))
                .isInstanceOf(ProposalWithoutChangesException.class);
        assertThatThrownBy(() -> CHANGES.check(VENUE, changes("{\"horaires\": \" Mo-Fr 09:00-12:00 \"}")))
                .as("the same value, once cleaned").isInstanceOf(ProposalWithoutChangesException.class);
    }

    @Test
    void changesApplyToTheVenueAsItIsWhenApproved() {
        Map<String, Object> checked = CHANGES.check(VENUE, changes("{\"horaires\": \"Sa 09:00-12:00\"}"));
        Venue renamed = VENUE.update(VENUE.details().toBuilder().nom("EPN Revigny").build(), List.of(), "staff",
                Instant.now()).orElseThrow().venue();

        StandardVenue corrected = CHANGES.apply(renamed, checked);

        assertThat(corrected.nom()).as("the later edit is kept").isEqualTo("EPN Revigny");
        assertThat(corrected.horaires()).isEqualTo("Sa 09:00-12:00");
    }
}
