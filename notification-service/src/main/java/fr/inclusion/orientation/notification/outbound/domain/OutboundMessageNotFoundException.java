package fr.inclusion.orientation.notification.outbound.domain;

/** No stored outbound message has this id. */
public class OutboundMessageNotFoundException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboundMessageNotFoundException(String id) {
        super("No outbound message " + id);
    }
}
