package fr.inclusion.orientation.venue.exchange.domain;

import java.util.List;
import java.util.Set;

/**
 * The columns of the national standard (schéma des lieux de médiation numérique v1.0.2) in the order of its Table
 * Schema ({@code fields} of schema.json), which is the order of exported columns. A test checks this list against
 * the official schema.
 */
public final class StandardFields {

    public static final List<String> ORDER = List.of(
            "id", "pivot", "nom", "commune", "code_postal", "code_insee", "adresse", "complement_adresse",
            "latitude", "longitude", "typologie", "telephone", "courriels", "site_web", "horaires",
            "presentation_resume", "presentation_detail", "source", "itinerance", "structure_parente", "date_maj",
            "services", "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge",
            "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces",
            "modalites_accompagnement", "fiche_acces_libre", "prise_rdv");

    /** Columns an import file must have (the standard's required fields). */
    public static final List<String> REQUIRED = List.of(
            "id", "pivot", "nom", "commune", "code_postal", "adresse", "date_maj");

    /** Columns holding several values, joined with {@value #LIST_SEPARATOR} in the flat form. */
    public static final Set<String> LISTS = Set.of(
            "typologie", "telephone", "courriels", "site_web", "itinerance", "services",
            "publics_specifiquement_adresses", "prise_en_charge_specifique", "frais_a_charge",
            "dispositif_programmes_nationaux", "formations_labels", "autres_formations_labels", "modalites_acces",
            "modalites_accompagnement");

    public static final String LIST_SEPARATOR = "|";

    /** The network's own extension (mobile stops), accepted in JSON imports only; never exported. */
    public static final String STOPS = "stops";

    private StandardFields() {
    }

    public static boolean isStandard(String name) {
        return ORDER.contains(name);
    }
}
