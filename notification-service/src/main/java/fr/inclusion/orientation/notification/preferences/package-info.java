/**
 * Notification preferences: per kind of notification, each person chooses the channels besides the in-app inbox
 * (always on) — e-mail, SMS — and whether e-mails go at once or in a daily digest. Stored per user id; a person who
 * never chose gets the defaults of the network.
 */
package fr.inclusion.orientation.notification.preferences;
