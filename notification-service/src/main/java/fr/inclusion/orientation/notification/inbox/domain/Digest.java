package fr.inclusion.orientation.notification.inbox.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The daily digest rule: on day D each recipient gets at most one e-mail, {@code digest:<recipient>:<D>}, listing
 * the entries kept for them before D began (in the network's time zone, Europe/Paris) and not yet listed in an earlier digest. The cut at
 * midnight makes the list of a day fixed: a second run on the same day (another instance, a restart) finds the same
 * entries and the same id, and the message is sent once.
 */
public final class Digest {

    private Digest() {
    }

    public static String idOf(String recipient, LocalDate day) {
        return "digest:" + recipient + ":" + day;
    }

    /** Entries kept before this instant belong to the digest of {@code day}: the day's start in {@code zone}. */
    public static Instant cutoff(LocalDate day, ZoneId zone) {
        return day.atStartOfDay(zone).toInstant();
    }

    public static LocalDate dayOf(Instant now, ZoneId zone) {
        return now.atZone(zone).toLocalDate();
    }
}
