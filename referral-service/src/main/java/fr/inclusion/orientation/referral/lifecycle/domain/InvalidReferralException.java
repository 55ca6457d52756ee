package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** The request breaks one or more rules of a referral (consent, contact, need, commune…). */
public class InvalidReferralException extends InvalidFieldsException {

    private final transient List<RuleViolation> violations;

    public InvalidReferralException(List<RuleViolation> violations) {
        super("Certains champs sont absents ou invalides.",
                violations.stream().map(v -> new FieldError(v.field(), v.message())).toList());
        this.violations = List.copyOf(violations);
    }

    public List<RuleViolation> violations() {
        return violations;
    }
}
