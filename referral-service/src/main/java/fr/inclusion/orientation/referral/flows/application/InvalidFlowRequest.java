package fr.inclusion.orientation.referral.flows.application;

import java.util.List;

/** Flow parameters that cannot be read; each error names the parameter and says why, in French. */
public class InvalidFlowRequest extends RuntimeException {

    public record ParameterError(String field, String message) {
    }

    private final transient List<ParameterError> errors;

    public InvalidFlowRequest(List<ParameterError> errors) {
        super("Certains paramètres sont invalides.");
        this.errors = List.copyOf(errors);
    }

    public List<ParameterError> errors() {
        return errors;
    }
}
