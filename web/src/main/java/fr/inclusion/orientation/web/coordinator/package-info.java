/**
 * The coordinator's screens: the territory's dashboard of flows ({@code /tableau-de-bord}), the pending venue
 * corrections to approve or reject ({@code /propositions}) and the escalated referrals ({@code /alertes}). The
 * territory is the one of her token; anyone else gets the French 403 page.
 */
package fr.inclusion.orientation.web.coordinator;
