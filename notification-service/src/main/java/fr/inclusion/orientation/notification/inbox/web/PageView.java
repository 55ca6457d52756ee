package fr.inclusion.orientation.notification.inbox.web;

import java.util.List;

/** The paged list shape of the whole API: {@code {items, page, size, total}}. */
public record PageView<T>(List<T> items, int page, int size, long total) {
}
