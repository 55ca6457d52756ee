package fr.inclusion.orientation.venue.directory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.VenueRules;

/**
 * The demo dataset ({@code demo/venues.json}): the venues of the CC du Pays de Revigny-sur-Ornain that the
 * diagnostic names, valid, in real communes of the CC, with their invented details marked as such.
 */
class DemoDatasetTest {

    private static final String CC_PAYS_DE_REVIGNY = "245501184";
    private static final String REVIGNY = "55427";
    private static final String SOMMEILLES = "55493";

    private static Map<String, StandardVenue> demo;
    private static ReferenceCommunes communes;

    @BeforeAll
    static void read() throws Exception {
        try (InputStream in = DemoDatasetTest.class.getResourceAsStream("/demo/venues.json")) {
            List<StandardVenue> venues = JsonMapper.builder().build().readerForListOf(StandardVenue.class)
                    .readValue(in);
            demo = venues.stream().collect(Collectors.toMap(StandardVenue::id, Function.identity(), (a, b) -> {
                throw new AssertionError("duplicate id " + a.id());
            }, java.util.LinkedHashMap::new));
        }
        communes = ReferenceCommunes.bundled();
    }

    @Test
    void everyDemoVenuePassesTheVenueRules() {
        demo.values().forEach(venue -> assertThat(VenueRules.check(venue.id(), venue.toDetails(), venue.toStops()))
                .as(venue.id()).isEmpty());
    }

    @Test
    void everyDemoVenueSaysItsDetailsAreInvented() {
        demo.values().forEach(venue -> {
            assertThat(venue.source()).as(venue.id()).isEqualTo("demo — données inventées");
            assertThat(venue.presentationResume()).as(venue.id()).contains("démonstration");
            assertThat(venue.nom()).as(venue.id()).contains("(démo)");
        });
    }

    @Test
    void everyDemoVenueIsInARealCommuneOfTheCcWithItsNameAndPostalCode() {
        demo.values().forEach(venue -> {
            Commune commune = communes.byCode(venue.codeInsee()).orElseThrow();
            assertThat(commune.epciSiren()).as(venue.id()).isEqualTo(CC_PAYS_DE_REVIGNY);
            assertThat(venue.commune()).as(venue.id()).isEqualTo(commune.nom());
            assertThat(commune.codesPostaux()).as(venue.id()).contains(venue.codePostal());
        });
    }

    @Test
    void theVenuesOtherTestsAndDemoAccountsUseKeepTheirIdsAndMainFields() {
        StandardVenue franceServices = demo.get("demo-revigny-france-services");
        StandardVenue mediatheque = demo.get("demo-revigny-mediatheque");

        assertThat(franceServices.codeInsee()).isEqualTo(REVIGNY);
        assertThat(franceServices.typologie()).containsExactly("RFS");
        assertThat(franceServices.services()).contains("Aide aux démarches administratives");
        assertThat(mediatheque.codeInsee()).isEqualTo(REVIGNY);
        assertThat(mediatheque.services()).contains("Maîtrise des outils numériques du quotidien",
                "Accès internet et matériel informatique");
    }

    @Test
    void theMaxillienBusStopsInOutlyingCommunesOfTheCcOnDifferentWeekdays() {
        StandardVenue bus = demo.get("demo-revigny-maxillien");

        assertThat(bus.typologie()).containsExactly("ENM");
        assertThat(bus.itinerance()).containsExactly(NationalStandard.ITINERANT);
        assertThat(bus.stops()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(bus.stops()).extracting(StandardVenue.Stop::commune).contains(SOMMEILLES).doesNotContain(REVIGNY)
                .doesNotHaveDuplicates()
                .allSatisfy(code -> assertThat(communes.byCode(code)).hasValueSatisfying(
                        commune -> assertThat(commune.epciSiren()).isEqualTo(CC_PAYS_DE_REVIGNY)));
        assertThat(bus.stops()).extracting(StandardVenue.Stop::weekday).doesNotHaveDuplicates();
    }

    @Test
    void theVenuesTheDiagnosticNamesAreAllThere() {
        assertThat(named("Promeneurs du net").dispositifProgrammesNationaux()).contains("Promeneurs du net");
        assertThat(named("ILCG").publicsSpecifiquementAdresses()).contains("Seniors");
        assertThat(named("Espace Cyber").fraisACharge()).containsExactly("Gratuit");
        assertThat(named("Espace Cyber").presentationResume()).contains("impression et numérisation gratuites");
        assertThat(named("Pôle Coopératif").fraisACharge()).containsExactly("Payant");
        assertThat(named("Pôle Coopératif").presentationResume()).contains("coworking");
        assertThat(named("Centre social et culturel").typologie()).containsExactly("CSC");
        assertThat(named("France Services").dispositifProgrammesNationaux()).contains("France Services");
    }

    @Test
    void theCcHasThreeMunicipalLibrariesAsTheDiagnosticSays() {
        List<StandardVenue> libraries = demo.values().stream().filter(v -> v.typologie().contains("BIB")).toList();

        assertThat(libraries).hasSize(3);
        assertThat(libraries).allSatisfy(library -> assertThat(library.structureParente()).startsWith("Commune de"));
        assertThat(libraries).extracting(StandardVenue::codeInsee).doesNotHaveDuplicates();
    }

    @Test
    void hoursAndFeesVarySoThatMatchingHasSomethingToChooseFrom() {
        assertThat(demo.values()).as("open on Saturday").anyMatch(v -> v.horaires().contains("Sa "));
        assertThat(demo.values()).as("open in the evening").anyMatch(v -> v.horaires().matches(".*-(1[89]|2\\d):\\d\\d.*"));
        assertThat(demo.values()).as("weekday-only venues").filteredOn(v -> !v.horaires().matches(".*\\b(Sa|Su)\\b.*"))
                .hasSizeGreaterThanOrEqualTo(3);
        assertThat(demo.values()).as("free and paying").anyMatch(v -> v.fraisACharge().contains("Gratuit"))
                .anyMatch(v -> v.fraisACharge().contains("Payant"));
    }

    private static StandardVenue named(String part) {
        return demo.values().stream().filter(v -> v.nom().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no demo venue named like " + part));
    }
}
