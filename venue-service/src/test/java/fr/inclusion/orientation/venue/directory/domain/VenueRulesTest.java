package fr.inclusion.orientation.venue.directory.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import fr.inclusion.orientation.reference.standard.NationalStandard;

class VenueRulesTest {

    private static List<Violation> check(VenueDetails.Builder venue) {
        return VenueRules.check("lieu-1", venue.build(), List.of());
    }

    private static List<String> fields(List<Violation> violations) {
        return violations.stream().map(Violation::field).toList();
    }

    @Test
    void aCompleteRecordBreaksNoRule() {
        assertThat(check(SampleVenues.valid())).isEmpty();
    }

    @Test
    void everyRequiredFieldOfTheStandardIsReportedAtOnceWhenMissing() {
        List<Violation> violations = VenueRules.check(" ", VenueDetails.builder().build(), List.of());

        assertThat(fields(violations)).containsExactlyInAnyOrder(
                "id", "pivot", "nom", "commune", "code_postal", "adresse", "date_maj");
        assertThat(violations).allSatisfy(v -> assertThat(v.message()).startsWith("obligatoire"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"lieu/1", "lieu 1", "lieu?1", "lieu#1", "lieu%1"})
    void anIdThatCannotStandInAUrlPathIsRefused(String id) {
        assertThat(fields(VenueRules.check(id, SampleVenues.valid().build(), List.of()))).containsExactly("id");
    }

    @Test
    void anIdLongerThan128CharactersIsRefused() {
        assertThat(fields(VenueRules.check("x".repeat(129), SampleVenues.valid().build(), List.of())))
                .containsExactly("id");
    }

    @ParameterizedTest
    @ValueSource(strings = {"12345678", "123456789012345", "1234 5678 9012", "W12-345678"})
    void aPivotMustBe9To14LettersOrDigits(String pivot) {
        assertThat(fields(check(SampleVenues.valid().pivot(pivot)))).containsExactly("pivot");
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456789", "W551234567", "12345678901234"})
    void siretRnaAndRidetShapedPivotsAreAccepted(String pivot) {
        assertThat(check(SampleVenues.valid().pivot(pivot))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"5580", "558000", "55 800", "ABCDE"})
    void aPostalCodeIsExactlyFiveDigits(String codePostal) {
        List<Violation> violations = check(SampleVenues.valid().codePostal(codePostal));

        assertThat(fields(violations)).containsExactly("code_postal");
        assertThat(violations.getFirst().message()).contains("5 chiffres").contains(codePostal);
    }

    @Test
    void anInseeCodeMustHaveTheShapeOfACommuneCode() {
        assertThat(fields(check(SampleVenues.valid().codeInsee("2C004")))).containsExactly("code_insee");
        assertThat(check(SampleVenues.valid().codeInsee("2A004"))).isEmpty();
    }

    @Test
    void namesAndAddressesLongerThan250CharactersAreRefused() {
        assertThat(fields(check(SampleVenues.valid().nom("n".repeat(251)).adresse("a".repeat(251)))))
                .containsExactly("nom", "adresse");
    }

    @Test
    void coordinatesMustBeOnEarthAndGoTogether() {
        assertThat(fields(check(SampleVenues.valid().latitude(91.0).longitude(-181.0))))
                .containsExactly("latitude", "longitude");
        assertThat(fields(check(SampleVenues.valid().latitude(null).longitude(4.9)))).containsExactly("latitude");
        assertThat(fields(check(SampleVenues.valid().latitude(48.8).longitude(null)))).containsExactly("longitude");
        assertThat(check(SampleVenues.valid().latitude(null).longitude(null))).isEmpty();
    }

    @Test
    void typologyCodesAreCapitalsDigitsAndUnderscoresOrAutre() {
        assertThat(check(SampleVenues.valid().typologie("TIERS_LIEUX", "BIB", "Autre"))).isEmpty();
        assertThat(fields(check(SampleVenues.valid().typologie("Bibliothèque")))).containsExactly("typologie");
    }

    @Test
    void phoneNumbersFollowTheStandardsInternationalFormat() {
        assertThat(fields(check(SampleVenues.valid().telephone("+44 20 7946 0000")))).containsExactly("telephone");
        assertThat(fields(check(SampleVenues.valid().telephone("329000000")))).containsExactly("telephone");
    }

    @Test
    void emailsAndWebAddressesMustLookLikeThem() {
        List<Violation> violations = check(SampleVenues.valid()
                .courriels("pas-une-adresse")
                .siteWeb("www.example.org")
                .ficheAccesLibre("acceslibre")
                .priseRdv("ftp://example.org"));

        assertThat(fields(violations)).containsExactly("courriels", "site_web", "fiche_acces_libre", "prise_rdv");
    }

    @Test
    void theShortPresentationHoldsAtMost280Characters() {
        assertThat(check(SampleVenues.valid().presentationResume("é".repeat(280)))).isEmpty();
        assertThat(fields(check(SampleVenues.valid().presentationResume("é".repeat(281)))))
                .containsExactly("presentation_resume");
    }

    @Test
    void anUnknownServiceIsRefusedWithTheAllowedValuesListed() {
        List<Violation> violations = check(SampleVenues.valid().services("Aide aux démarches"));

        assertThat(fields(violations)).containsExactly("services");
        assertThat(violations.getFirst().message())
                .contains("« Aide aux démarches »")
                .contains("Aide aux démarches administratives")
                .contains("Accès internet et matériel informatique");
    }

    @Test
    void enumerationsCompareExactStrings() {
        List<Violation> violations = check(SampleVenues.valid()
                .fraisACharge("gratuit")
                .itinerance("Itinerant")
                .modalitesAcces("Se presenter")
                .modalitesAccompagnement("En autonomie ")
                .publicsSpecifiquementAdresses("Ados")
                .priseEnChargeSpecifique("Surdite")
                .dispositifProgrammesNationaux("France services")
                .formationsLabels("ORDI 4.0"));

        // the trailing space is trimmed on construction, so only genuinely unknown values remain
        assertThat(fields(violations)).containsExactly("frais_a_charge", "itinerance", "modalites_acces",
                "publics_specifiquement_adresses", "prise_en_charge_specifique", "dispositif_programmes_nationaux",
                "formations_labels");
    }

    @Test
    void everyValueOfEachEnumerationIsAccepted() {
        VenueDetails.Builder all = SampleVenues.valid()
                .services(NationalStandard.SERVICES)
                .fraisACharge(NationalStandard.FRAIS_A_CHARGE)
                .itinerance(NationalStandard.ITINERANCE)
                .modalitesAcces(NationalStandard.MODALITES_ACCES)
                .modalitesAccompagnement(NationalStandard.MODALITES_ACCOMPAGNEMENT)
                .publicsSpecifiquementAdresses(NationalStandard.PUBLICS_SPECIFIQUEMENT_ADRESSES)
                .priseEnChargeSpecifique(NationalStandard.PRISE_EN_CHARGE_SPECIFIQUE)
                .dispositifProgrammesNationaux(NationalStandard.DISPOSITIF_PROGRAMMES_NATIONAUX)
                .formationsLabels(NationalStandard.FORMATIONS_LABELS);

        assertThat(check(all)).isEmpty();
    }

    @Test
    void aVenueWithStopsMustBeItinerant() {
        List<MobileStop> stops = List.of(new MobileStop("55493", 2, "14:00", "16:00", "Place de la mairie"));

        assertThat(fields(VenueRules.check("bus", SampleVenues.valid().build(), stops)))
                .containsExactly("itinerance");
        assertThat(VenueRules.check("bus", SampleVenues.valid().itinerance("Itinérant").build(), stops)).isEmpty();
    }

    @Test
    void eachStopNeedsACommuneCodeAWeekdayOrderedTimesAndAPlace() {
        List<MobileStop> stops = List.of(
                new MobileStop("Sommeilles", 0, "9h", "16:00", "Mairie"),
                new MobileStop("55493", 8, "16:00", "14:00", " "));

        List<Violation> violations = VenueRules.check("bus", SampleVenues.valid().itinerance("Itinérant").build(),
                stops);

        assertThat(fields(violations)).containsExactly(
                "stops[0].commune", "stops[0].weekday", "stops[0].from",
                "stops[1].weekday", "stops[1].to", "stops[1].place");
    }
}
