package fr.inclusion.orientation.referral.lifecycle.domain;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/**
 * The request breaks one or more rules of a referral (consent, contact, need, commune…): each error names the field
 * (dotted path as in the API body) and says why, in French.
 */
public class InvalidReferralException extends InvalidFieldsException {

    public InvalidReferralException(List<FieldError> violations) {
        super("Certains champs sont absents ou invalides.", violations);
    }
}
