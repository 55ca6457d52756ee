package fr.inclusion.orientation.notification.outbound.domain;

/** No stored outbound message has this id. */
public class OutboundMessageNotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public OutboundMessageNotFound(String id) {
        super("No outbound message " + id);
    }
}
