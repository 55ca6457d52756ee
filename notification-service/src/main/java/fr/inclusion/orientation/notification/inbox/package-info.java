/**
 * The in-app inbox: which audience hears about which referral event, the French text they read, the inbox they
 * page through and mark read, the live stream of new notifications, and what is also sent outside the app (at once
 * or in the daily digest) through the outbound contract. Exactly one notification per event and audience, whatever
 * the redeliveries.
 */
package fr.inclusion.orientation.notification.inbox;
