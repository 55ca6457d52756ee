package fr.inclusion.orientation.venue.proposal.domain;

/**
 * Which proposals a list shows.
 *
 * @param status    only proposals in this status; {@code null} for all
 * @param territory only proposals for venues of this territory (département code or EPCI SIREN); {@code null} for
 *                  all (admins)
 */
public record ProposalFilter(ProposalStatus status, String territory) {
}
