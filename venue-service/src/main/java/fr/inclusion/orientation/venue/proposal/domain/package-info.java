/**
 * The proposal aggregate (pending, then approved or rejected exactly once), the territory a proposal belongs to (a
 * territory {@code Location}) and the {@code VenueProposals} port. Plain Java: no Spring, no persistence or wire
 * types.
 */
package fr.inclusion.orientation.venue.proposal.domain;
