package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.List;

/** The request breaks one or more rules of a referral (consent, contact, need, commune…). */
public class InvalidReferral extends ReferralException {

    private final List<RuleViolation> violations;

    public InvalidReferral(List<RuleViolation> violations) {
        super("Orientation invalide : " + violations.size() + " règle(s) non respectée(s).");
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
