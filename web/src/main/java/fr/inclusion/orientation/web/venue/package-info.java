/**
 * The venue staff's pages: the referrals received by their venue (the list, live through the notification stream,
 * and each referral's page where they accept, decline with a coded reason or close with an outcome) and their venue
 * ("Mon lieu": pause or resume intake, weekly capacity, answer delay, corrections of its public record proposed to
 * the coordinators). Everything is read from and written to referral-service and venue-service with the person's
 * own token; nothing is kept here, and a confirmation travels in the address of the page redirected to.
 */
package fr.inclusion.orientation.web.venue;
