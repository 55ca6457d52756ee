package fr.inclusion.orientation.referral.lifecycle.domain;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;

/**
 * Identifiers of new referrals: UUIDs of version 7 (RFC 9562), the creation time in milliseconds followed by 74
 * random bits. They cannot be guessed, and they sort by creation time, so that the store's B-trees receive new
 * referrals at one end instead of rewriting pages all over the collection.
 */
public final class ReferralIds {

    private static final SecureRandom RANDOM = new SecureRandom();

    private ReferralIds() {
    }

    /** A new identifier from the current time. */
    public static String next() {
        return next(Clock.systemUTC());
    }

    static String next(Clock clock) {
        long millis = clock.millis();
        byte[] random = new byte[10];
        RANDOM.nextBytes(random);
        long high = (millis & 0xFFFF_FFFF_FFFFL) << 16 | 0x7000L | ((random[0] & 0x0F) << 8) | (random[1] & 0xFF);
        long low = 0x8000_0000_0000_0000L | (random[2] & 0x3FL) << 56;
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
        return new UUID(high, low).toString();
    }
}
