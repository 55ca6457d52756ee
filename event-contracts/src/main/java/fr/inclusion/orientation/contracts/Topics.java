package fr.inclusion.orientation.contracts;

/** Kafka topics, one per aggregate stream, named {@code <owner>.<aggregate>-events}, keyed by aggregate id. */
public final class Topics {

    /** Venue events ({@link fr.inclusion.orientation.contracts.venue.VenueEvent}), keyed by venue id. */
    public static final String VENUE_EVENTS = "venue.venue-events";

    /** Referral events ({@link fr.inclusion.orientation.contracts.referral.ReferralEvent}), keyed by referral id. */
    public static final String REFERRAL_EVENTS = "referral.referral-events";

    /**
     * Reference events ({@link fr.inclusion.orientation.contracts.reference.ReferenceEvent}), compacted, keyed by
     * département code.
     */
    public static final String REFERENCE_EVENTS = "venue.reference-events";

    private Topics() {
    }

    /** Dead-letter topic of a consumer group for a topic: {@code <topic>.<group>.dlq}. */
    public static String deadLetter(String topic, String consumerGroup) {
        return topic + "." + consumerGroup + ".dlq";
    }
}
