package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;

/**
 * The French text people read. It names the need, the resident's commune (its name, with the INSEE code) and the
 * venue, so the reader knows what it is about, and nothing that identifies the resident: events carry no identity,
 * and the decline message (free text written about the resident) never leaves referral-service.
 */
public record NotificationText(String title, String body) {

    /** Dates are read where the network works. */
    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", Locale.FRENCH);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH'h'mm", Locale.FRENCH);

    /** The decline reasons of the domain, as a secretary reads them. */
    static final Map<String, String> DECLINE_REASONS = Map.of(
            "injoignable", "la personne n'a pas pu être jointe",
            "non-eligible", "la personne n'est pas éligible à l'accompagnement proposé",
            "session-complete", "le lieu n'a plus de place disponible pour le moment",
            "hors-competence", "la demande ne relève pas des compétences du lieu",
            "mobilite", "la personne ne peut pas se rendre jusqu'au lieu",
            "doublon", "cette orientation fait doublon avec une autre",
            "autre", "autre motif, précisé dans le suivi de l'orientation");

    /** The closing outcomes of the domain, as a secretary reads them. */
    static final Map<String, String> OUTCOMES = Map.of(
            "resolved", "demande résolue",
            "partly_resolved", "demande partiellement résolue",
            "not_resolved", "demande non résolue",
            "no_show", "la personne ne s'est pas présentée");

    /** What every text names: the need, the resident's commune and the venue, with the names when known. */
    record About(String need, String communeCode, String communeName, String venueName) {

        /** "Revigny-sur-Ornain (55427)", or the INSEE code alone when the name is not known. */
        String commune() {
            if (communeName != null && !communeName.isBlank()) {
                return communeName + " (" + communeCode + ")";
            }
            return "la commune de code INSEE " + communeCode;
        }

        /** « Aide aux démarches administratives » */
        String quotedNeed() {
            return "« " + need + " »";
        }

        boolean venueKnown() {
            return venueName != null && !venueName.isBlank();
        }

        /** The venue as the subject of a sentence. */
        String venueSubject() {
            return venueKnown() ? "Le lieu « " + venueName + " »" : "Le lieu sollicité";
        }

        /** The venue inside a sentence. */
        String venue() {
            return venueKnown() ? "le lieu « " + venueName + " »" : "le lieu sollicité";
        }

        /** The reader's own venue inside a sentence. */
        String yourVenue() {
            return venueKnown() ? "votre lieu « " + venueName + " »" : "votre lieu";
        }
    }

    static NotificationText referralReceived(About about, LocalDate deadline, boolean rerouted) {
        StringBuilder body = new StringBuilder("Une personne de ").append(about.commune())
                .append(" est orientée vers ").append(about.yourVenue()).append(" pour ")
                .append(about.quotedNeed()).append('.');
        if (rerouted) {
            body.append(" Elle avait d'abord été orientée vers un autre lieu.");
        }
        if (deadline != null) {
            body.append(" Échéance de sa démarche : ").append(DAY.format(deadline)).append('.');
        }
        body.append(" Merci d'accepter ou de décliner l'orientation.");
        return new NotificationText("Nouvelle orientation reçue", body.toString());
    }

    static NotificationText referralCancelled(About about) {
        return new NotificationText("Orientation annulée",
                "La mairie a annulé l'orientation d'une personne de " + about.commune() + " vers "
                        + about.yourVenue() + " pour " + about.quotedNeed() + ". Inutile d'y donner suite.");
    }

    static NotificationText reminder(About about, Instant dueAt) {
        return new NotificationText("Orientation en attente de votre réponse",
                "Une orientation vers " + about.yourVenue() + " pour " + about.quotedNeed() + " (personne de "
                        + about.commune() + ") attend votre réponse : répondez avant le " + dateTime(dueAt) + '.');
    }

    static NotificationText referralAccepted(About about) {
        return new NotificationText("Orientation acceptée",
                about.venueSubject() + " a accepté l'orientation d'une personne de " + about.commune() + " pour "
                        + about.quotedNeed() + '.');
    }

    static NotificationText referralDeclined(About about, String reasonCode) {
        String reason = DECLINE_REASONS.getOrDefault(reasonCode, "motif non précisé");
        return new NotificationText("Orientation déclinée",
                about.venueSubject() + " a décliné l'orientation d'une personne de " + about.commune() + " pour "
                        + about.quotedNeed() + ". Motif : " + reason
                        + ". Vous pouvez l'orienter vers un autre lieu.");
    }

    static NotificationText referralClosed(About about, String outcomeCode) {
        String outcome = OUTCOMES.getOrDefault(outcomeCode, "résultat non précisé");
        return new NotificationText("Orientation clôturée",
                about.venueSubject() + " a clôturé l'accompagnement d'une personne de " + about.commune() + " pour "
                        + about.quotedNeed() + ". Résultat : " + outcome + '.');
    }

    static NotificationText referralExpired(About about, Instant dueAt) {
        String due = dueAt == null ? "" : " (échéance : " + dateTime(dueAt) + ")";
        return new NotificationText("Orientation restée sans réponse",
                about.venueSubject() + " n'a pas répondu à temps à l'orientation d'une personne de "
                        + about.commune() + " pour " + about.quotedNeed() + due
                        + ". Les coordinateurs du territoire en sont informés ; vous pouvez aussi orienter la "
                        + "personne vers un autre lieu.");
    }

    static NotificationText referralEscalated(About about) {
        return new NotificationText("Orientation sans réponse signalée",
                about.venueSubject() + " n'a pas répondu dans le délai prévu à une orientation pour "
                        + about.quotedNeed() + " d'une personne de " + about.commune()
                        + ". Merci de voir avec le lieu ou avec la mairie comment l'accompagner.");
    }

    /** "lundi 7 décembre 2026 à 10h15", in Europe/Paris. */
    static String dateTime(Instant at) {
        var local = at.atZone(PARIS);
        return DAY.format(local) + " à " + TIME.format(local);
    }
}
