package fr.inclusion.orientation.venue.directory.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;


/**
 * One broken rule of a venue record.
 *
 * @param field   the field's name in the national standard ({@code code_postal}, {@code stops[0].from})
 * @param message what is wrong, in French, for the person who typed or exported the record
 */
public record Violation(String field, String message) {

    /** A value Jackson could not read as the field's type. */
    public static Violation unexpectedType(String field) {
        return new Violation(field, "valeur d'un type inattendu (texte, nombre, liste ou date AAAA-MM-JJ selon le champ)");
    }

    /** As a problem lists them in {@code errors}. */
    public static List<FieldError> fieldErrors(List<Violation> violations) {
        return violations.stream().map(v -> new FieldError(v.field(), v.message())).toList();
    }
}
