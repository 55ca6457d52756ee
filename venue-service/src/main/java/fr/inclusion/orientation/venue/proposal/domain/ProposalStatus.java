package fr.inclusion.orientation.venue.proposal.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** A proposal waits for a decision, then is approved (applied to the venue) or rejected; it is decided once. */
public enum ProposalStatus {
    PENDING, APPROVED, REJECTED;

    /** The value the API and the store use: {@code pending}, {@code approved}, {@code rejected}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<ProposalStatus> fromValue(String value) {
        return Arrays.stream(values()).filter(s -> s.value().equals(value)).findFirst();
    }
}
