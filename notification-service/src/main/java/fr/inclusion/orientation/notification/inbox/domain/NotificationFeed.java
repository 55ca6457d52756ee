package fr.inclusion.orientation.notification.inbox.domain;

/** Port: where a newly stored notification is pushed live to the people of its audience who are connected. */
public interface NotificationFeed {

    /** Best effort and non-blocking: the inbox already holds the notification. */
    void push(Notification notification);
}
