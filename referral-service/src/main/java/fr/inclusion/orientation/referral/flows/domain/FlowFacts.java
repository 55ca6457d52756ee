package fr.inclusion.orientation.referral.flows.domain;

import java.time.Instant;
import java.util.List;

/** The projection's read side. */
public interface FlowFacts {

    /** Facts of referrals of the territory sent in {@code [from, to)}. */
    List<FlowFact> sentIn(CoordinatorTerritory territory, Instant from, Instant to);

    /** One page of the referrals of the territory escalated in {@code [from, to)}, latest escalation first. */
    EscalationPage escalatedIn(CoordinatorTerritory territory, Instant from, Instant to, int page, int size);

    record EscalationPage(List<Escalation> items, long total) {
    }
}
