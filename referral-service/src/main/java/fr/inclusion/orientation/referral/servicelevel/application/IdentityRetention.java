package fr.inclusion.orientation.referral.servicelevel.application;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * How long the resident's identity and its reading are kept.
 *
 * @param ended how long the identity is kept after a referral ends
 * @param open  how long the identity of a referral never ended is kept after its creation
 * @param audit how long the audit keeps who read an identity
 */
public record IdentityRetention(Period ended, Period open, Period audit) {

    /**
     * {@code period} before {@code now}: months have no fixed length, so they are counted on the calendar (UTC is
     * precise enough for retentions of months).
     */
    static Instant before(Instant now, Period period) {
        return now.atOffset(ZoneOffset.UTC).minus(period).toInstant();
    }
}
