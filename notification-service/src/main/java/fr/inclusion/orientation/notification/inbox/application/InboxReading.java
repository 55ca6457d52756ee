package fr.inclusion.orientation.notification.inbox.application;

import java.time.Clock;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.notification.inbox.domain.Notification;
import fr.inclusion.orientation.notification.inbox.domain.NotificationNotFoundException;
import fr.inclusion.orientation.notification.inbox.domain.Notifications;
import fr.inclusion.orientation.notification.inbox.domain.Recipient;
import fr.inclusion.orientation.support.page.Page;

/** A person pages through their inbox and marks notifications read; nobody reaches another audience's inbox. */
@Service
public class InboxReading {

    private final Notifications notifications;
    private final Clock clock;

    public InboxReading(Notifications notifications, Clock clock) {
        this.notifications = notifications;
        this.clock = clock;
    }

    public Page<Notification> inbox(Recipient recipient, boolean unreadOnly, int page, int size) {
        return notifications.inbox(recipient.audiences(), unreadOnly, page, size);
    }

    /** Marking read twice is not an error and keeps the first reading time. */
    public Notification markRead(Recipient recipient, String id) {
        Notification notification = notifications.find(id, recipient.audiences())
                .orElseThrow(() -> new NotificationNotFoundException(id));
        if (!notification.unread()) {
            return notification;
        }
        notifications.markRead(id, clock.instant());
        // Read back: a colleague of the same venue may have marked it a moment earlier, and the first time wins.
        return notifications.find(id, recipient.audiences()).orElseThrow(() -> new NotificationNotFoundException(id));
    }
}
