package fr.inclusion.orientation.bench.chaos;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a chaos run promised against what the stack kept: every referral answered {@code 201} (or {@code 200}, the
 * replay of a key whose first answer was lost) must be stored, must have reached its venue's inbox exactly once, and
 * must be counted once in the coordinator's flows. A referral the client was answered an error for (a 500) may exist
 * all the same: its inbox entry shows it, and the flows must count it too.
 *
 * @param accepted      the distinct ids the gateway answered with a referral
 * @param stored        ids among them that {@code GET /api/referrals/{id}} returns (200)
 * @param receivedCount per referral id, the number of {@code REFERRAL_RECEIVED} entries in the venue's inbox
 * @param flowsCounted  the rise of the flows' {@code totals.sent} over the run
 */
record Reconciliation(Set<String> accepted, Set<String> stored, Map<String, Integer> receivedCount,
        long flowsCounted) {

    /** Accepted but not stored: the resident was told "sent" and the referral does not exist. */
    Set<String> notStored() {
        Set<String> missing = new TreeSet<>(accepted);
        missing.removeAll(stored);
        return missing;
    }

    /** Stored but never in the venue's inbox. */
    Set<String> notNotified() {
        Set<String> missing = new TreeSet<>();
        for (String id : stored) {
            if (receivedCount.getOrDefault(id, 0) == 0) {
                missing.add(id);
            }
        }
        return missing;
    }

    /** Stored and in the venue's inbox more than once. */
    Set<String> notifiedTwice() {
        Set<String> twice = new TreeSet<>();
        for (String id : stored) {
            if (receivedCount.getOrDefault(id, 0) > 1) {
                twice.add(id);
            }
        }
        return twice;
    }

    /** Stored referrals notified at least once. */
    long notified() {
        return stored.stream().filter(id -> receivedCount.getOrDefault(id, 0) > 0).count();
    }

    /** Inbox entries beyond the first, over the stored referrals. */
    long duplicateNotifications() {
        return stored.stream().mapToLong(id -> Math.max(0, receivedCount.getOrDefault(id, 0) - 1)).sum();
    }

    /** Referrals in the venue's inbox that the client was never answered with: created despite an error answer. */
    Set<String> createdUnanswered() {
        Set<String> unanswered = new TreeSet<>(receivedCount.keySet());
        unanswered.removeAll(accepted);
        return unanswered;
    }

    /** Every referral known to exist: those the client was answered with, and those created despite an error. */
    long created() {
        return accepted.size() + createdUnanswered().size();
    }

    /** Referrals the flows missed (created, not counted). */
    long flowsMissing() {
        return Math.max(0, created() - flowsCounted);
    }

    /** Referrals the flows counted beyond those created. */
    long flowsExtra() {
        return Math.max(0, flowsCounted - created());
    }

    /** Every promise broken by a loss: not stored, not notified, not counted. */
    long lost() {
        return notStored().size() + notNotified().size() + flowsMissing();
    }

    /** Every promise broken by a repetition: notified twice, counted twice. */
    long duplicates() {
        return duplicateNotifications() + flowsExtra();
    }

    static <T> List<T> sample(Collection<T> all, int max) {
        return all.stream().limit(max).toList();
    }
}
