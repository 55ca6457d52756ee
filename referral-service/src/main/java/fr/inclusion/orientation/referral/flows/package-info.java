/**
 * Coordinator flows: an anonymous projection of referrals, one fact row per referral (commune, EPCI, département,
 * need, venue, week of sending, dates of answer and outcome), built from {@code referral.referral-events} by its own
 * consumer group, and the statistics coordinators read from it for their territory. The projection holds no identity:
 * the events it is built from carry none.
 */
package fr.inclusion.orientation.referral.flows;
