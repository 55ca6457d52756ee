package fr.inclusion.orientation.tidy.orders.domain;

import java.util.Optional;

public interface Orders {

    Optional<Order> byId(String id);
}
