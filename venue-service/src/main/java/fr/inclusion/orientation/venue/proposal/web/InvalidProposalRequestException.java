package fr.inclusion.orientation.venue.proposal.web;

import java.util.List;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;

/** A parameter or part of the body the use cases never see is invalid (status filter, comment, body shape). */
class InvalidProposalRequestException extends InvalidFieldsException {

    InvalidProposalRequestException(String field, String reason) {
        super("Certains champs sont absents ou invalides.", List.of(new FieldError(field, reason)));
    }
}
