package fr.inclusion.orientation.notification.outbound.web;

import java.util.List;

/** One page of a list, as the inbox pages its notifications. */
record PageView<T>(List<T> items, int page, int size, long total) {
}
