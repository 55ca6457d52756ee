package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** Port: the notifications kept for daily digests, and the digests already sent. */
public interface DigestEntries {

    /** Keeps an entry unless one with the same id is already kept. */
    void remember(DigestEntry entry);

    /** Recipients with entries kept before {@code cutoff} and not yet listed in a digest. */
    List<String> recipientsWithPendingBefore(Instant cutoff);

    /** A recipient's entries kept before {@code cutoff} and not yet listed in a digest, oldest first. */
    List<DigestEntry> pendingBefore(String recipient, Instant cutoff);

    /** Records that these entries were listed in digest {@code digestId}. */
    void markListed(Collection<String> entryIds, String digestId);

    boolean digestSent(String digestId);

    /** Records a sent digest; recording it again changes nothing. */
    void recordDigest(String digestId, String recipient, int entries, Instant sentAt);
}
