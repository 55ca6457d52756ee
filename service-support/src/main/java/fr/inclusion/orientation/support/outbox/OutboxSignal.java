package fr.inclusion.orientation.support.outbox;

import java.util.Collection;

/**
 * Told by a repository, right after a write that stored events in a document's outbox, which document it was: the
 * relay publishes them at once instead of finding them at its next sweep. Losing a signal (a crash just after the
 * write) loses nothing: the relay's sweep finds every pending outbox.
 */
public interface OutboxSignal {

    /** The document with this {@code _id} has events waiting in its outbox. */
    void pending(Object documentId);

    /** These documents have events waiting in their outbox. */
    default void pending(Collection<?> documentIds) {
        documentIds.forEach(this::pending);
    }
}
