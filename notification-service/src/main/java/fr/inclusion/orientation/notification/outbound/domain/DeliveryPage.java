package fr.inclusion.orientation.notification.outbound.domain;

import java.util.List;

/** One page of stored messages. */
public record DeliveryPage(List<Delivery> items, int page, int size, long total) {
}
