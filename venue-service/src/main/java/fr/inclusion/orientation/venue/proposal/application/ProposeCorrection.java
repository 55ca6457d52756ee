package fr.inclusion.orientation.venue.proposal.application;

import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.support.security.Caller;

/**
 * Propose corrections to a venue.
 *
 * @param changes the fields to change, by their names in the national standard (or {@code stops}), with their new
 *                values
 */
public record ProposeCorrection(String venueId, ObjectNode changes, String comment, Caller proposer) {
}
