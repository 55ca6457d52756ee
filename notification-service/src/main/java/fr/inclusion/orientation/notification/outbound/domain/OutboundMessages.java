package fr.inclusion.orientation.notification.outbound.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import fr.inclusion.orientation.notification.outbound.OutboundMessage;
import fr.inclusion.orientation.support.page.Page;

/**
 * The stored outbound messages (collection {@code outbound_messages}), one per message id. Every state change after
 * a claim names the worker holding the claim, so a worker whose claim expired and was taken over changes nothing.
 */
public interface OutboundMessages {

    /** Stores the message as pending, due now; false when a message with this id is already stored. */
    boolean add(OutboundMessage message, Instant now);

    /**
     * Claims the pending message due the earliest, atomically (one findAndModify): no other worker gets it until
     * {@code now + claimFor}. Empty when nothing is due.
     */
    Optional<Delivery> claimNext(String worker, Instant now, Duration claimFor);

    /**
     * Claims this message if it is pending, due and not claimed by another worker, atomically (one findAndModify
     * on its id): how a message just enqueued or replayed is sent without looking through the others.
     */
    Optional<Delivery> claim(String id, String worker, Instant now, Duration claimFor);

    /** The claimed message was accepted: {@code sent}, never claimed again. False when the claim was lost. */
    boolean markSent(String id, String worker, int attempts, Instant at);

    /** The claimed message failed and will be tried again at {@code nextAttemptAt}. */
    boolean retryLater(String id, String worker, int attempts, Instant nextAttemptAt, String error, Instant at);

    /** The claimed message failed for the last time: {@code parked} until an operator replays it. */
    boolean park(String id, String worker, int attempts, String error, Instant at);

    /** The claimed message is not sent on purpose (its channel is off). */
    boolean skip(String id, String worker, String reason, Instant at);

    Optional<Delivery> find(String id);

    /**
     * Deletes the messages sent or skipped before {@code before} (their addresses and texts are kept no longer than
     * needed); parked and pending messages stay. Returns how many were deleted.
     */
    long purgeFinishedBefore(Instant before);

    /**
     * Deletes the messages parked before {@code before} that nobody replayed: an operator had the retention period
     * to act on them. Returns how many were deleted.
     */
    long purgeParkedBefore(Instant before);

    /** Parked messages, the most recently parked first. */
    Page<Delivery> parked(int page, int size);

    /**
     * A parked message back to pending with no attempt counted, due now; empty when no parked message has this id
     * (unknown, or in another status: see {@link #find}).
     */
    Optional<Delivery> replay(String id, Instant now);
}
