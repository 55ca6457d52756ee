/**
 * Events of the referral stream ({@code referral.referral-events}), published by referral-service. They name the
 * need, the resident's commune and the actors' ids, never the resident's name or contact.
 */
package fr.inclusion.orientation.contracts.referral;
