package fr.inclusion.orientation.notification.inbox.domain;

import java.util.List;

/** One page of an inbox, newest first; {@code total} counts every matching notification. */
public record InboxPage(List<Notification> items, int page, int size, long total) {

    public InboxPage {
        items = List.copyOf(items);
    }
}
