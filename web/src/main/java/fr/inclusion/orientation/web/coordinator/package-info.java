/**
 * The coordinator's screens: the territory's dashboard of flows ({@code /tableau-de-bord}), its map ({@code /carte}:
 * communes by fragility index, referrals, venues and bus stops, the communes without a venue for a need within a
 * distance — drawn as SVG by the server, the same figures in a table), the pending venue corrections to approve or
 * reject ({@code /propositions}) and the escalated referrals ({@code /alertes}). The territory is the one of her token;
 * anyone else gets the French 403 page.
 */
package fr.inclusion.orientation.web.coordinator;
