package fr.inclusion.orientation.tidy.billing.application;

import fr.inclusion.orientation.tidy.orders.application.OrderDesk;

/** One feature using another through its application: a dependency in one direction. */
public class Billing {

    private final OrderDesk orders;

    public Billing(OrderDesk orders) {
        this.orders = orders;
    }

    public String bill(String orderId) {
        return "facture " + orders.order(orderId).id();
    }
}
