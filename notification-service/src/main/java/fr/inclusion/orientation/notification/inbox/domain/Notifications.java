package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

import fr.inclusion.orientation.support.page.Page;

/** Port: the stored notifications of every inbox. */
public interface Notifications {

    /**
     * Adds a notification unless one with the same id is already stored.
     *
     * @return {@code true} if it was new, {@code false} for a redelivered event
     */
    boolean add(Notification notification);

    /** Newest first. */
    Page<Notification> inbox(Collection<Audience> audiences, boolean unreadOnly, int page, int size);

    /** The notification if it is addressed to one of {@code audiences}. */
    Optional<Notification> find(String id, Collection<Audience> audiences);

    /** Sets the reading time if the notification is still unread. */
    void markRead(String id, Instant at);
}
