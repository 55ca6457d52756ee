package fr.inclusion.orientation.venue.proposal.web;

import java.util.List;

/** One page of proposals, the API's paged list shape. */
record ProposalPageView(List<ProposalView> items, int page, int size, long total) {
}
