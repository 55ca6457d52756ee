package fr.inclusion.orientation.notification.inbox.domain;

/** No such notification in the caller's inbox (it may exist in someone else's: we do not say). */
public class NotificationNotFound extends RuntimeException {

    public NotificationNotFound(String id) {
        super("Notification " + id + " not in the caller's inbox");
    }
}
