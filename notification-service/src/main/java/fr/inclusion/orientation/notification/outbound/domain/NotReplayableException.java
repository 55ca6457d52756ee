package fr.inclusion.orientation.notification.outbound.domain;

import fr.inclusion.orientation.support.problem.ProblemException;

/** Only parked messages can be replayed: this one was sent or skipped. */
public class NotReplayableException extends ProblemException {

    private static final long serialVersionUID = 1L;

    private final DeliveryStatus status;

    public NotReplayableException(String id, DeliveryStatus status) {
        super(409, "outbound-message-not-replayable", "Relance impossible", "Ce message est " + status.french()
                + " : seuls les messages en échec peuvent être relancés.");
        this.status = status;
        property("messageStatus", status.code());
    }

    public DeliveryStatus status() {
        return status;
    }
}
