package fr.inclusion.orientation.tidy.orders.web;

import fr.inclusion.orientation.tidy.orders.application.OrderDesk;

public class OrderController {

    private final OrderDesk desk;

    public OrderController(OrderDesk desk) {
        this.desk = desk;
    }

    public String show(String id) {
        return desk.order(id).id();
    }
}
