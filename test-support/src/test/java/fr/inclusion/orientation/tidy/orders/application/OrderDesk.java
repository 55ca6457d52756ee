package fr.inclusion.orientation.tidy.orders.application;

import fr.inclusion.orientation.tidy.orders.domain.Order;
import fr.inclusion.orientation.tidy.orders.domain.OrderNotFoundException;
import fr.inclusion.orientation.tidy.orders.domain.Orders;

public class OrderDesk {

    private final Orders orders;

    public OrderDesk(Orders orders) {
        this.orders = orders;
    }

    public Order order(String id) {
        return orders.byId(id).orElseThrow(() -> new OrderNotFoundException(id));
    }
}
