package fr.inclusion.orientation.venue.proposal.web;

/** A parameter or part of the body the use cases never see is invalid (status filter, comment, body shape). */
class InvalidProposalRequestException extends RuntimeException {

    private final String field;
    private final String reason;

    InvalidProposalRequestException(String field, String reason) {
        super("Invalid " + field);
        this.field = field;
        this.reason = reason;
    }

    String field() {
        return field;
    }

    String reason() {
        return reason;
    }
}
