package fr.inclusion.orientation.referral.flows.domain;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** The dimensions flows can be grouped by. */
public enum GroupBy {
    COMMUNE(FlowFact::communeCode),
    EPCI(FlowFact::epciSiren),
    NEED(FlowFact::need),
    VENUE(FlowFact::venueId),
    WEEK(FlowFact::week),
    STATUS(f -> f.status().value());

    /** Key of facts whose dimension is unknown (e.g. a commune missing from the EPCI table). */
    public static final String UNKNOWN = "inconnu";

    private final Function<FlowFact, String> key;

    GroupBy(Function<FlowFact, String> key) {
        this.key = key;
    }

    public String keyOf(FlowFact fact) {
        String value = key.apply(fact);
        return value == null ? UNKNOWN : value;
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GroupBy> parse(String text) {
        for (GroupBy g : values()) {
            if (g.value().equals(text)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }
}
