/**
 * The in-app inbox: which audience hears about which referral event, the French text they read, the inbox they
 * page through and mark read, and the live stream of new notifications. Exactly one notification per event and
 * audience, whatever the redeliveries.
 */
package fr.inclusion.orientation.notification.inbox;
