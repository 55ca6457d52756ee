package fr.inclusion.orientation.venue.exchange.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.directory.domain.VenueDetails;
import fr.inclusion.orientation.venue.directory.domain.Violation;

class StandardRecordsTest {

    @Test
    void listsAreSplitOnPipesAndNumbersMayUseADecimalComma() {
        StandardRecords.Mapped mapped = StandardRecords.read(row(Map.of(
                "services", "Aide aux démarches administratives| Accès internet et matériel informatique|",
                "latitude", "48,8285", "longitude", " 4.9847 ", "date_maj", "2026-11-01")));

        assertThat(mapped.unreadable()).isEmpty();
        assertThat(mapped.id()).isEqualTo("lieu-1");
        assertThat(mapped.details().services()).containsExactly("Aide aux démarches administratives",
                "Accès internet et matériel informatique");
        assertThat(mapped.details().latitude()).isEqualTo(48.8285);
        assertThat(mapped.details().longitude()).isEqualTo(4.9847);
        assertThat(mapped.details().dateMaj()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(mapped.stops()).as("the standard has no stops: keep the venue's").isNull();
    }

    @Test
    void valuesThatAreNotOfTheirTypeAreReportedWithTheirField() {
        StandardRecords.Mapped mapped = StandardRecords.read(row(Map.of(
                "latitude", "quarante-huit", "longitude", "0x1p3", "date_maj", "2024-02-30")));

        assertThat(mapped.unreadable()).extracting(Violation::field)
                .containsExactly("latitude", "longitude", "date_maj");
        assertThat(mapped.unreadable().getFirst().message()).contains("quarante-huit");
        assertThat(mapped.details().latitude()).isNull();
        assertThat(mapped.details().dateMaj()).isNull();
    }

    @Test
    void aDateMustBeIso() {
        assertThat(StandardRecords.read(row(Map.of("date_maj", "02/04/2024"))).unreadable())
                .extracting(Violation::field).containsExactly("date_maj");
    }

    @Test
    void valuesComeInTheStandardsOrderWithoutAbsentOnes() {
        VenueDetails details = VenueDetails.builder().nom("Médiathèque").pivot("20004478300014")
                .services("Aide aux démarches administratives").latitude(48.0).dateMaj(LocalDate.of(2024, 4, 2))
                .build();

        Map<String, Object> values = StandardRecords.values("lieu-1", details);

        assertThat(values.keySet()).containsExactly("id", "pivot", "nom", "latitude", "date_maj", "services");
    }

    @Test
    void flatValuesAreWrittenPlainly() {
        assertThat(StandardRecords.flat(48.0)).isEqualTo("48");
        assertThat(StandardRecords.flat(0.0001)).isEqualTo("0.0001");
        assertThat(StandardRecords.flat(43.52609)).isEqualTo("43.52609");
        assertThat(StandardRecords.flat(List.of("Jeunes", "Femmes"))).isEqualTo("Jeunes|Femmes");
        assertThat(StandardRecords.flat(LocalDate.of(2024, 4, 2))).isEqualTo("2024-04-02");
        assertThat(StandardRecords.flat(null)).isEmpty();
    }

    @Test
    void aRecordWrittenFlatReadsBackEqual() {
        VenueDetails details = VenueDetails.builder()
                .pivot("20004478300014").nom("Espace « Cyber », Revigny").commune("Revigny-sur-Ornain")
                .codePostal("55800").codeInsee("55427").adresse("1 rue \"de la Gare\"")
                .presentationDetail("Deux lignes\r\net une autre\n").latitude(0.00001).longitude(-4.5)
                .telephone("03 29 70 00 00").typologie("EPN", "MUNI").dateMaj(LocalDate.of(2026, 1, 31))
                .modalitesAcces("Se présenter", "Téléphoner").build();

        Map<String, String> flat = new LinkedHashMap<>();
        StandardRecords.values("lieu-1", details).forEach((k, v) -> flat.put(k, StandardRecords.flat(v)));
        StandardRecords.Mapped back = StandardRecords.read(StandardRow.of(2, flat));

        assertThat(back.unreadable()).isEmpty();
        assertThat(back.id()).isEqualTo("lieu-1");
        assertThat(back.details()).isEqualTo(details);
    }

    private static StandardRow row(Map<String, String> values) {
        Map<String, String> all = new LinkedHashMap<>(values);
        all.put("id", " lieu-1 ");
        return StandardRow.of(2, all);
    }
}
