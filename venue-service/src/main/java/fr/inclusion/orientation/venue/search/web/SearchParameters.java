package fr.inclusion.orientation.venue.search.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.OpeningHours;

/**
 * Reads query parameters into typed values, collecting every error (field, French message) so that one answer
 * lists them all.
 */
final class SearchParameters {

    /** "2026-07-11T10:00:00 02:00": a "+" of an offset sent unencoded in a URL arrives as a space. */
    private static final Pattern DECODED_PLUS = Pattern.compile("^(.*T[0-9:.]+) ([0-9]{2}:?[0-9]{2})$");

    private final List<FieldError> errors = new ArrayList<>();

    void fail(String field, String message) {
        errors.add(new FieldError(field, message));
    }

    void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidSearchException(errors);
        }
    }

    String service(String field, String value) {
        String allowed = " ; valeurs possibles : " + String.join(" · ", NationalStandard.SERVICES);
        if (value == null || value.isBlank()) {
            fail(field, "obligatoire" + allowed);
            return null;
        }
        if (!NationalStandard.SERVICES.contains(value.strip())) {
            fail(field, "valeur inconnue « " + value + " »" + allowed);
            return null;
        }
        return value.strip();
    }

    Set<Constraint> constraints(String field, String value) {
        Set<Constraint> constraints = EnumSet.noneOf(Constraint.class);
        if (value == null) {
            return constraints;
        }
        for (String code : value.split(",")) {
            if (code.isBlank()) {
                continue;
            }
            Constraint.ofCode(code.strip()).ifPresentOrElse(constraints::add, () -> fail(field,
                    "contrainte inconnue « " + code.strip() + " » ; valeurs possibles : "
                            + String.join(", ", Constraint.codes())));
        }
        return constraints;
    }

    String support(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (!NationalStandard.PRISE_EN_CHARGE_SPECIFIQUE.contains(value.strip())) {
            fail(field, "valeur inconnue « " + value + " » ; valeurs possibles : "
                    + String.join(" · ", NationalStandard.PRISE_EN_CHARGE_SPECIFIQUE));
            return null;
        }
        return value.strip();
    }

    /** ISO-8601 with an offset or a zone, or a local date-time read in Europe/Paris; {@code otherwise} if absent. */
    Instant instant(String field, String value, Instant otherwise) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        String text = DECODED_PLUS.matcher(value.strip()).replaceFirst("$1+$2");
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException notOffset) {
            try {
                return ZonedDateTime.parse(text).toInstant();
            } catch (DateTimeParseException notZoned) {
                try {
                    return LocalDateTime.parse(text).atZone(OpeningHours.ZONE).toInstant();
                } catch (DateTimeParseException notLocal) {
                    fail(field, "date et heure ISO 8601 attendues, par exemple 2026-07-11T10:00:00+02:00 "
                            + "(reçu « " + value + " »)");
                    return otherwise;
                }
            }
        }
    }

    int integer(String field, String value, int otherwise, int min, int max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            int parsed = Integer.parseInt(value.strip());
            if (parsed >= min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(field, "nombre entier entre " + min + " et " + max + " attendu (reçu « " + value + " »)");
        return otherwise;
    }

    double decimal(String field, String value, double otherwise, double min, double max) {
        if (value == null || value.isBlank()) {
            return otherwise;
        }
        try {
            double parsed = Double.parseDouble(value.strip().replace(',', '.'));
            if (parsed > min && parsed <= max) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fail(field, "nombre supérieur à " + (int) min + " et au plus " + (int) max + " attendu (reçu « " + value
                + " »)");
        return otherwise;
    }
}
