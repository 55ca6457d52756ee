package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.List;

/**
 * What the resident cannot do or needs, as codes shared with venue search. Codes, not free text: constraints travel
 * in events, and free text could carry health or identity details there.
 */
public final class ResidentConstraints {

    /** Needs it free of charge. */
    public static final String FREE = "free";
    /** Available only in the evening. */
    public static final String EVENING = "evening";
    /** Available only at weekends. */
    public static final String WEEKEND = "weekend";
    /** Cannot travel: the mobile venue's stop in the commune, or the nearest place. */
    public static final String MOBILE = "mobile";
    /** Needs an accessible place or specific support. */
    public static final String ACCESSIBLE = "accessible";

    public static final List<String> CODES = List.of(FREE, EVENING, WEEKEND, MOBILE, ACCESSIBLE);

    private ResidentConstraints() {
    }

    public static boolean isKnown(String code) {
        return code != null && CODES.contains(code);
    }
}
