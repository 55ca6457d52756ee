/**
 * The notification benchmark behind {@code ./orientation bench notify}: from a referral created through the gateway
 * to its live notification on the venue's Server-Sent Events stream. A main class, not a test: Surefire never runs
 * it.
 */
package fr.inclusion.orientation.notification.bench;
