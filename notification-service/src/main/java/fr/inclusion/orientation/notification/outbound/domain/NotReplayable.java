package fr.inclusion.orientation.notification.outbound.domain;

/** Only parked messages can be replayed: this one was sent or skipped. */
public class NotReplayable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final DeliveryStatus status;

    public NotReplayable(String id, DeliveryStatus status) {
        super("Outbound message " + id + " is " + status.code());
        this.status = status;
    }

    public DeliveryStatus status() {
        return status;
    }
}
