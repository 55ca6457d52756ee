package fr.inclusion.orientation.notification.inbox.domain;

/**
 * The French text people read. It names the need and the resident's commune so the reader knows what is coming,
 * and nothing that identifies the resident.
 */
public record NotificationText(String title, String body) {

    static NotificationText referralReceived(String need, String communeCode) {
        return new NotificationText("Nouvelle orientation reçue",
                "Une personne est orientée vers votre lieu pour « " + need + " ». " + commune(communeCode));
    }

    static NotificationText referralAccepted(String need, String communeCode) {
        return new NotificationText("Orientation acceptée",
                "Le lieu a accepté votre orientation pour « " + need + " ». " + commune(communeCode));
    }

    // Only the INSEE code travels in events; naming the commune needs the territory reference data (later).
    private static String commune(String communeCode) {
        return "Commune de la personne : " + communeCode + " (code INSEE).";
    }
}
