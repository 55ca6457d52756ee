package fr.inclusion.orientation.venue.proposal.domain;

import java.util.List;

/** One page of proposals and how many match in total. */
public record ProposalPage(List<VenueProposal> items, long total) {
}
