package fr.inclusion.orientation.tidy.orders.domain;

public class OrderNotFoundException extends ProblemException {

    public OrderNotFoundException(String id) {
        super("Commande introuvable : " + id);
    }
}
