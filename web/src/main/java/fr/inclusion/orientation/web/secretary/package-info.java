/**
 * The secretary's screens (secrétaire de mairie): find a place for a resident ({@code /orienter}), send the referral
 * with the resident's consent ({@code /orientations/nouvelle}, {@code POST /orientations}), print the slip the resident
 * takes away ({@code /orientations/{id}/fiche}), follow, cancel and re-route her referrals ({@code /orientations}).
 * It stores nothing: every page is drawn from venue-service and referral-service, called with her own token, and
 * the services decide what she may see and do. The French words of the standard's services, constraints and
 * statuses live here, once, for the pages.
 */
package fr.inclusion.orientation.web.secretary;
