package fr.inclusion.orientation.referral.flows.domain;

import java.time.Instant;
import java.util.List;

/** The projection's read side. */
public interface FlowFacts {

    /** Facts of referrals of the territory sent in {@code [from, to)}. */
    List<FlowFact> sentIn(Territory territory, Instant from, Instant to);
}
