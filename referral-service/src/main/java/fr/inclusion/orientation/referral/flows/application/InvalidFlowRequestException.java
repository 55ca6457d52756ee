package fr.inclusion.orientation.referral.flows.application;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** Flow parameters that cannot be read; each error names the parameter and says why, in French. */
public class InvalidFlowRequestException extends InvalidFieldsException {

    public InvalidFlowRequestException(List<FieldError> errors) {
        super("Certains paramètres sont invalides.", errors);
    }
}
