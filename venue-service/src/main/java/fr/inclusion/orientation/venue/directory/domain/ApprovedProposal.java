package fr.inclusion.orientation.venue.directory.domain;

/**
 * Where an update came from when it is a correction someone proposed and a coordinator approved: the change's actor
 * is the approver, this names the proposal and its author so that the history keeps both.
 */
public record ApprovedProposal(String proposalId, String proposedBy) {
}
