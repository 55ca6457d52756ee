package fr.inclusion.orientation.notification.outbound;

/**
 * Takes messages to send outside the app. {@link #enqueue} only stores the message (idempotent by id) and returns:
 * sending, retries with backoff, parking after the last attempt and replays happen elsewhere, so a mail server that
 * is down never delays or fails the caller.
 */
public interface OutboundDispatch {

    /** Stores the message for sending unless a message with the same id was already stored. */
    void enqueue(OutboundMessage message);
}
