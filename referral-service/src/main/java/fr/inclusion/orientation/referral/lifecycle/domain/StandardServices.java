package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.List;

/**
 * The {@code services} enumeration of the national venue standard (schéma des lieux de médiation numérique): a
 * referral's need is exactly one of these strings, so that it can be matched against what venues declare.
 */
public final class StandardServices {

    public static final List<String> VALUES = List.of(
            "Acquisition de matériel informatique à prix solidaire",
            "Aide aux démarches administratives",
            "Maîtrise des outils numériques du quotidien",
            "Insertion professionnelle via le numérique",
            "Utilisation sécurisée du numérique",
            "Parentalité et éducation avec le numérique",
            "Loisirs et créations numériques",
            "Compréhension du monde numérique",
            "Accès internet et matériel informatique");

    private StandardServices() {
    }

    public static boolean contains(String value) {
        return value != null && VALUES.contains(value);
    }
}
