package fr.inclusion.orientation.web.venue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.stereotype.Component;

/**
 * The French words for the API's codes (statuses, decline reasons, outcomes, contact channels, constraints) and
 * dates as people in France read them; the templates call it as {@code @venueLabels}. An unknown code is shown as
 * it is rather than hidden: a newer service may know more codes than this page.
 */
@Component("venueLabels")
public class VenueLabels {

    /** The decline reasons of DOMAIN.md, in the order the form offers them. */
    public static final Map<String, String> DECLINE_REASONS = ordered(
            "injoignable", "Habitant injoignable",
            "non-eligible", "Demande non éligible",
            "session-complete", "Plus de place disponible (session complète)",
            "hors-competence", "Hors des compétences de notre lieu",
            "mobilite", "L'habitant ne peut pas se déplacer jusqu'à notre lieu",
            "doublon", "Doublon d'une orientation déjà reçue",
            "autre", "Autre motif (précisez-le dans le message)");

    /** How an accompaniment ended (DOMAIN.md's outcomes), in the order the form offers them. */
    public static final Map<String, String> OUTCOMES = ordered(
            "resolved", "Demande résolue",
            "partly_resolved", "Demande en partie résolue",
            "not_resolved", "Demande non résolue",
            "no_show", "L'habitant ne s'est pas présenté");

    private static final Map<String, String> STATUSES = ordered(
            "sent", "Nouvelle",
            "accepted", "Acceptée",
            "declined", "Refusée",
            "closed", "Clôturée",
            "expired", "Expirée",
            "cancelled", "Annulée");

    private static final Map<String, String> CHANNELS = ordered(
            "phone", "Téléphone",
            "email", "Courriel",
            "via_mairie", "Par l'intermédiaire de la mairie");

    private static final Map<String, String> CONSTRAINTS = ordered(
            "free", "Besoin d'un service gratuit",
            "evening", "Disponible seulement en soirée",
            "weekend", "Disponible seulement le week-end",
            "mobile", "Ne peut pas se déplacer",
            "accessible", "Besoin d'un lieu accessible ou d'un accompagnement adapté");

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(PARIS);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRANCE);

    public Map<String, String> declineReasons() {
        return DECLINE_REASONS;
    }

    public Map<String, String> outcomes() {
        return OUTCOMES;
    }

    public String status(String code) {
        return label(STATUSES, code);
    }

    /** The modifier of the {@code status} badge: {@code status--accepted}… (a new one has the plain badge). */
    public String statusClass(String code) {
        return code == null || "sent".equals(code) ? "status status--sent" : "status status--" + code;
    }

    public String declineReason(String code) {
        return label(DECLINE_REASONS, code);
    }

    public String outcome(String code) {
        return label(OUTCOMES, code);
    }

    public String channel(String code) {
        return label(CHANNELS, code);
    }

    public String constraint(String code) {
        return label(CONSTRAINTS, code);
    }

    /** One line of a referral's history, in the venue staff's words. */
    public String step(ReceivedReferral.Step step) {
        if (step == null) {
            return "";
        }
        String to = step.to() == null ? "" : step.to();
        return switch (to) {
            case "sent" -> step.from() == null ? "Orientation envoyée par la mairie" : "Orientation renvoyée";
            case "accepted" -> "Acceptée par votre lieu";
            case "declined" -> "Refusée par votre lieu" + (step.reason() == null ? ""
                    : " — motif : " + declineReason(step.reason()));
            case "closed" -> "Clôturée par votre lieu" + (step.reason() == null ? ""
                    : " — issue : " + outcome(step.reason()));
            case "expired" -> "Expirée : pas de réponse dans le délai prévu";
            case "cancelled" -> "Annulée par la mairie" + (step.reason() == null ? ""
                    : " — motif : " + step.reason());
            default -> status(to);
        };
    }

    public String dateTime(Instant at) {
        return at == null ? "" : DATE_TIME.format(at);
    }

    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** The machine-readable form for {@code <time datetime>}. */
    public String iso(Instant at) {
        return at == null ? "" : at.toString();
    }

    private static String label(Map<String, String> labels, String code) {
        return code == null ? "" : labels.getOrDefault(code, code);
    }

    private static Map<String, String> ordered(String... codesAndLabels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < codesAndLabels.length; i += 2) {
            map.put(codesAndLabels[i], codesAndLabels[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(map);
    }
}
