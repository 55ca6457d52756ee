package fr.inclusion.orientation.web.secretary;

import java.util.List;
import java.util.Optional;

/**
 * What a resident comes with, in the words a secretary uses at the counter, for each of the national standard's
 * {@code services} (sent to the API as the standard's exact string; the one list is the reference module's
 * {@code NationalStandard.SERVICES}, against which venue-service and referral-service validate). The coordinator's
 * map offers the same list for its coverage form.
 */
public final class Needs {

    /** One need: the standard's value, the plain words, and what the resident should bring. */
    public record Need(String value, String label, String toBring) {
    }

    private static final String ID_AND_LOGINS = "une pièce d'identité, votre téléphone portable si vous en avez un, "
            + "et vos identifiants (adresse e-mail, mots de passe) si vous en avez";

    /** Most asked first. */
    public static final List<Need> ALL = List.of(
            new Need("Aide aux démarches administratives",
                    "Faire une démarche en ligne (CAF, impôts, retraite, santé, carte grise…)",
                    "une pièce d'identité, les courriers ou numéros de dossier liés à la démarche, vos identifiants "
                            + "(impots.gouv, CAF, ameli…) si vous en avez, et votre téléphone portable"),
            new Need("Maîtrise des outils numériques du quotidien",
                    "Apprendre à se servir d'un ordinateur, d'un téléphone ou d'internet",
                    "votre téléphone, votre tablette ou votre ordinateur portable si vous en avez un, et vos "
                            + "identifiants (adresse e-mail, mots de passe) si vous en avez"),
            new Need("Accès internet et matériel informatique",
                    "Utiliser sur place un ordinateur, une imprimante ou internet",
                    "les documents à imprimer ou à numériser (sur papier ou sur une clé USB) et " + ID_AND_LOGINS),
            new Need("Acquisition de matériel informatique à prix solidaire",
                    "Acheter un ordinateur ou un téléphone à petit prix",
                    "une pièce d'identité et un justificatif de ressources (avis d'imposition, attestation CAF…) : "
                            + "les tarifs solidaires en dépendent"),
            new Need("Utilisation sécurisée du numérique",
                    "Se protéger des arnaques et sécuriser ses comptes",
                    "votre téléphone ou votre ordinateur, et les messages suspects reçus si vous en avez"),
            new Need("Insertion professionnelle via le numérique",
                    "Chercher un emploi ou une formation en ligne",
                    "votre CV si vous en avez un, vos identifiants France Travail si vous en avez, et "
                            + ID_AND_LOGINS),
            new Need("Parentalité et éducation avec le numérique",
                    "Accompagner ses enfants (écrans, espace numérique de l'école)",
                    "les identifiants de l'espace numérique de l'école si vous en avez, et votre téléphone"),
            new Need("Compréhension du monde numérique",
                    "Comprendre le numérique (réseaux sociaux, intelligence artificielle…)",
                    "votre téléphone ou votre tablette si vous en avez un"),
            new Need("Loisirs et créations numériques",
                    "Loisirs et création (photo, vidéo, musique…)",
                    "votre téléphone, votre appareil photo ou votre ordinateur si vous en avez un"));

    private Needs() {
    }

    public static Optional<Need> of(String value) {
        return ALL.stream().filter(need -> need.value().equals(value)).findFirst();
    }

    /** The plain words for a value; the value itself when it is not (or no longer) one we know. */
    public static String label(String value) {
        return of(value).map(Need::label).orElse(value == null ? "" : value);
    }

    static String toBring(String value) {
        return of(value).map(Need::toBring).orElse(ID_AND_LOGINS);
    }
}
