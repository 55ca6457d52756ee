/**
 * referral-service: referrals (orientations) from a mairie to a venue, their lifecycle and who may see them, the
 * resident's data encrypted at rest, and the read model of venues built from venue-service's events.
 */
package fr.inclusion.orientation.referral;
