/**
 * Referrals (orientations): a resident sent by a mairie secretary to a venue, its state machine and history, who
 * may create, read and answer it, and the events it publishes through the outbox kept in its own document.
 */
package fr.inclusion.orientation.referral.lifecycle;
