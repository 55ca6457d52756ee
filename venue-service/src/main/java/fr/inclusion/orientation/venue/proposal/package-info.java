/**
 * Collaborative corrections (propositions de correction): anyone signed in proposes changes to a venue's record,
 * a coordinator of the venue's territory (or an admin) approves them, which applies them through the directory's
 * normal update, or rejects them with a reason.
 */
package fr.inclusion.orientation.venue.proposal;
