package fr.inclusion.orientation.tidy.config;

import fr.inclusion.orientation.tidy.billing.application.Billing;
import fr.inclusion.orientation.tidy.orders.application.OrderDesk;
import fr.inclusion.orientation.tidy.orders.persistence.InMemoryOrders;

/** The module's wiring may name any feature's persistence. */
public class TidyConfiguration {

    public Billing billing() {
        return new Billing(new OrderDesk(new InMemoryOrders()));
    }
}
