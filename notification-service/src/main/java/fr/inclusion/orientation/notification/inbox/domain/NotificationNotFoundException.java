package fr.inclusion.orientation.notification.inbox.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** No such notification in the caller's inbox (it may exist in someone else's: we do not say). */
public class NotificationNotFoundException extends ProblemException {

    public NotificationNotFoundException(String id) {
        super(404, "notification-not-found", "Notification introuvable",
                "Cette notification n'existe pas dans votre boîte de réception.");
    }
}
