/**
 * The signed-in person's notifications in the web UI: the bell's unread counter (kept live by the notification
 * service's event stream), the inbox with its « marquer comme lue » actions, and the notification preferences
 * (channels and delivery per kind). Everything is read from and written to notification-service with the person's
 * own token; nothing is kept here.
 */
package fr.inclusion.orientation.web.notifications;
