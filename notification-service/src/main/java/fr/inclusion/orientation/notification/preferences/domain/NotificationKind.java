package fr.inclusion.orientation.notification.preferences.domain;

/**
 * What a notification is about; one value per kind of referral news a person may hear about. Each kind has one
 * audience and a French label (what the preferences page shows). Preferences are kept per kind, so the kinds live
 * here; the inbox gives each notification its kind and asks the preferences how to deliver it.
 */
public enum NotificationKind {

    /** A venue's staff: a resident has been referred to the venue (also after a re-routing to it). */
    REFERRAL_RECEIVED("Nouvelle orientation reçue par votre lieu"),

    /** A venue's staff: the mairie cancelled a referral to the venue. */
    REFERRAL_CANCELLED("Orientation annulée par la mairie"),

    /** A venue's staff: half of the answer delay has passed without an answer. */
    REFERRAL_REMINDER("Rappel : orientation en attente de votre réponse"),

    /** The referring secretary: the venue accepted the referral. */
    REFERRAL_ACCEPTED("Orientation acceptée par le lieu"),

    /** The referring secretary: the venue declined the referral (with its coded reason). */
    REFERRAL_DECLINED("Orientation déclinée par le lieu"),

    /** The referring secretary: the venue closed the referral with an outcome. */
    REFERRAL_CLOSED("Orientation clôturée par le lieu"),

    /** The referring secretary: the venue did not answer in time. */
    REFERRAL_EXPIRED("Orientation restée sans réponse"),

    /** The territory's coordinators: an unanswered referral is handed to them. */
    REFERRAL_ESCALATED("Orientation sans réponse signalée à votre territoire");

    private final String label;

    NotificationKind(String label) {
        this.label = label;
    }

    /** French name of the kind, as people read it. */
    public String label() {
        return label;
    }
}
