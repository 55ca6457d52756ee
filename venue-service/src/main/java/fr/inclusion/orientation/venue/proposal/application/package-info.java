/**
 * Use cases of corrections (propose, list, approve, reject) and how proposed changes are applied to a venue's
 * national-standard record: over the current record, checked by the same rules as any edit.
 */
package fr.inclusion.orientation.venue.proposal.application;
