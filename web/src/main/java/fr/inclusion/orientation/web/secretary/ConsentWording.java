package fr.inclusion.orientation.web.secretary;

import java.util.List;

/**
 * The text the secretary reads to the resident before sending a referral, and its version, which referral-service
 * records with the consent ({@code consent.wordingVersion}). Changing a word of the text means a new version: the
 * record must say which text the person agreed to.
 */
final class ConsentWording {

    static final String VERSION = "v1";

    static final List<String> TEXT = List.of(
            "Pour que le lieu choisi puisse vous aider, la mairie lui transmet votre prénom, le moyen de vous "
                    + "contacter que vous choisissez, votre commune, votre besoin et, si besoin, une courte note.",
            "Ces informations servent uniquement à organiser votre accompagnement : seuls la mairie et ce lieu "
                    + "les voient. Elles sont supprimées six mois après la fin de l'orientation.",
            "Vous pouvez à tout moment demander à la mairie de les consulter, de les corriger ou d'annuler "
                    + "l'orientation.");

    private ConsentWording() {
    }
}
