package fr.inclusion.orientation.web.secretary;

import java.util.LinkedHashMap;
import java.util.Map;

/** The French words for the API's codes: statuses, decline reasons, outcomes, contact channels. */
final class Labels {

    /** Status code → label, in the lifecycle's order (the filter lists them so). */
    static final Map<String, String> STATUSES = ordered(
            "sent", "Envoyée",
            "accepted", "Acceptée",
            "declined", "Refusée",
            "expired", "Sans réponse",
            "closed", "Clôturée",
            "cancelled", "Annulée");

    static final Map<String, String> DECLINE_REASONS = ordered(
            "injoignable", "la personne n'a pas pu être jointe",
            "non-eligible", "la personne n'est pas éligible",
            "session-complete", "plus de place disponible",
            "hors-competence", "ce n'est pas le rôle de ce lieu",
            "mobilite", "la personne ne peut pas se rendre au lieu",
            "doublon", "orientation en double",
            "autre", "autre motif");

    static final Map<String, String> OUTCOMES = ordered(
            "resolved", "demande résolue",
            "partly_resolved", "demande en partie résolue",
            "not_resolved", "demande non résolue",
            "no_show", "la personne ne s'est pas présentée");

    static final Map<String, String> CHANNELS = ordered(
            "phone", "Par téléphone",
            "email", "Par e-mail",
            "via_mairie", "Par la mairie (aucune coordonnée transmise)");

    private Labels() {
    }

    static String status(String code) {
        return STATUSES.getOrDefault(code, code);
    }

    static String declineReason(String code) {
        return DECLINE_REASONS.getOrDefault(code, code);
    }

    static String outcome(String code) {
        return OUTCOMES.getOrDefault(code, code);
    }

    static String channel(String code) {
        return CHANNELS.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
