package fr.inclusion.orientation.venue.exchange.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * The standard's flat record to and from the venue domain. Reading only turns text into typed values (numbers,
 * dates, lists split on {@code |}); whether the venue is valid is for the domain's rules to say. Writing gives the
 * values the domain holds, already normalised, so that an exported file read back yields equal records.
 */
public final class StandardRecords {

    /** A decimal number, with a dot or (French spreadsheets) a comma; no hexadecimal, no {@code NaN}. */
    private static final Pattern NUMBER = Pattern.compile("^[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?$");
    private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");

    private StandardRecords() {
    }

    /**
     * A record in the domain's terms.
     *
     * @param unreadable values that could not be read as their type (the field then counts as absent)
     */
    public record Mapped(String id, VenueDetails details, List<MobileStop> stops, List<Violation> unreadable) {
    }

    public static Mapped read(StandardRow row) {
        List<Violation> unreadable = new ArrayList<>();
        VenueDetails details = VenueDetails.builder()
                .pivot(row.value("pivot"))
                .nom(row.value("nom"))
                .commune(row.value("commune"))
                .codePostal(row.value("code_postal"))
                .codeInsee(row.value("code_insee"))
                .adresse(row.value("adresse"))
                .complementAdresse(row.value("complement_adresse"))
                .latitude(number(row, "latitude", unreadable))
                .longitude(number(row, "longitude", unreadable))
                .typologie(list(row, "typologie"))
                .telephone(list(row, "telephone"))
                .courriels(list(row, "courriels"))
                .siteWeb(list(row, "site_web"))
                .horaires(row.value("horaires"))
                .presentationResume(row.value("presentation_resume"))
                .presentationDetail(row.value("presentation_detail"))
                .source(row.value("source"))
                .structureParente(row.value("structure_parente"))
                .dateMaj(date(row, "date_maj", unreadable))
                .services(list(row, "services"))
                .publicsSpecifiquementAdresses(list(row, "publics_specifiquement_adresses"))
                .priseEnChargeSpecifique(list(row, "prise_en_charge_specifique"))
                .fraisACharge(list(row, "frais_a_charge"))
                .itinerance(list(row, "itinerance"))
                .modalitesAcces(list(row, "modalites_acces"))
                .modalitesAccompagnement(list(row, "modalites_accompagnement"))
                .dispositifProgrammesNationaux(list(row, "dispositif_programmes_nationaux"))
                .formationsLabels(list(row, "formations_labels"))
                .autresFormationsLabels(list(row, "autres_formations_labels"))
                .ficheAccesLibre(row.value("fiche_acces_libre"))
                .priseRdv(row.value("prise_rdv"))
                .build();
        String id = row.value("id");
        return new Mapped(id == null || id.isBlank() ? null : id.strip(), details, row.stops(), unreadable);
    }

    /**
     * The record's values in the standard's column order, typed: {@code String}, {@code Double}, {@code LocalDate}
     * or {@code List<String>}. Absent values and empty lists are left out.
     */
    public static Map<String, Object> values(String id, VenueDetails details) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (String field : StandardFields.ORDER) {
            Object value = value(field, id, details);
            if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                values.put(field, value);
            }
        }
        return values;
    }

    /** A typed value in the flat text form: lists joined with {@code |}, numbers in plain notation, ISO dates. */
    public static String flat(Object value) {
        return switch (value) {
            case null -> "";
            case List<?> list -> String.join(StandardFields.LIST_SEPARATOR, list.stream().map(String::valueOf)
                    .toList());
            case Double number when !number.isNaN() && !number.isInfinite() ->
                    BigDecimal.valueOf(number).stripTrailingZeros().toPlainString();
            default -> value.toString();
        };
    }

    private static Object value(String field, String id, VenueDetails d) {
        return switch (field) {
            case "id" -> id;
            case "pivot" -> d.pivot();
            case "nom" -> d.nom();
            case "commune" -> d.commune();
            case "code_postal" -> d.codePostal();
            case "code_insee" -> d.codeInsee();
            case "adresse" -> d.adresse();
            case "complement_adresse" -> d.complementAdresse();
            case "latitude" -> d.latitude();
            case "longitude" -> d.longitude();
            case "typologie" -> d.typologie();
            case "telephone" -> d.telephone();
            case "courriels" -> d.courriels();
            case "site_web" -> d.siteWeb();
            case "horaires" -> d.horaires();
            case "presentation_resume" -> d.presentationResume();
            case "presentation_detail" -> d.presentationDetail();
            case "source" -> d.source();
            case "itinerance" -> d.itinerance();
            case "structure_parente" -> d.structureParente();
            case "date_maj" -> d.dateMaj();
            case "services" -> d.services();
            case "publics_specifiquement_adresses" -> d.publicsSpecifiquementAdresses();
            case "prise_en_charge_specifique" -> d.priseEnChargeSpecifique();
            case "frais_a_charge" -> d.fraisACharge();
            case "dispositif_programmes_nationaux" -> d.dispositifProgrammesNationaux();
            case "formations_labels" -> d.formationsLabels();
            case "autres_formations_labels" -> d.autresFormationsLabels();
            case "modalites_acces" -> d.modalitesAcces();
            case "modalites_accompagnement" -> d.modalitesAccompagnement();
            case "fiche_acces_libre" -> d.ficheAccesLibre();
            case "prise_rdv" -> d.priseRdv();
            default -> throw new IllegalArgumentException("Not a field of the standard: " + field);
        };
    }

    private static List<String> list(StandardRow row, String field) {
        String value = row.value(field);
        // "\\|" takes String.split's fast path (no regex); blanks ("a||b", a trailing "|") are dropped by VenueDetails
        return value == null ? List.of() : Arrays.asList(value.split("\\" + StandardFields.LIST_SEPARATOR));
    }

    private static Double number(StandardRow row, String field, List<Violation> unreadable) {
        String value = row.value(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.strip();
        if (!NUMBER.matcher(compact).matches()) {
            unreadable.add(new Violation(field, "doit être un nombre décimal, par exemple 48.8285 (reçu « "
                    + value + " »)"));
            return null;
        }
        return Double.valueOf(compact.replace(',', '.'));
    }

    private static LocalDate date(StandardRow row, String field, List<Violation> unreadable) {
        String value = row.value(field);
        if (value == null || value.isBlank()) {
            return null;
        }
        String compact = value.strip();
        try {
            if (DATE.matcher(compact).matches()) {
                return LocalDate.parse(compact);
            }
        } catch (DateTimeParseException e) {
            // an impossible date such as 2024-02-30: reported below like any other
        }
        unreadable.add(new Violation(field, "date au format AAAA-MM-JJ, par exemple 2024-04-02 (reçu « " + value
                + " »)"));
        return null;
    }
}
