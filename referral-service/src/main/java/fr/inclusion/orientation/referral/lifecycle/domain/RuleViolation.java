package fr.inclusion.orientation.referral.lifecycle.domain;

/** A broken rule of a referral request: the field (dotted path as in the API body) and a French message. */
public record RuleViolation(String field, String message) {
}
