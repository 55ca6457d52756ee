/**
 * The coordinator's screens: the territory's dashboard of flows ({@code /tableau-de-bord}), its map ({@code /carte}:
 * communes by fragility index, referrals, venues and bus stops, the communes without a venue for a need within a
 * distance — drawn as SVG by the server, the same figures in a table), the pending venue corrections to approve or
 * reject ({@code /propositions}) and the escalated referrals ({@code /alertes}), each re-routable to another venue
 * offering the need near the commune ({@code /alertes/{id}/reorienter}). The territory is the one of her token;
 * anyone else gets the French 403 page. No page shows a resident's identity.
 */
package fr.inclusion.orientation.web.coordinator;
