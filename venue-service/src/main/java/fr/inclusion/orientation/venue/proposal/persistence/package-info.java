/** The {@code venue_proposals} collection: one document per proposal; a decision is a write guarded by its status. */
package fr.inclusion.orientation.venue.proposal.persistence;
