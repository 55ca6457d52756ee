/**
 * Messages that leave the app (e-mail over SMTP, SMS through an HTTP provider) and the directory of people they are
 * addressed to. The inbox decides who is told what; this package stores each message once, sends it with retries,
 * parks it for an operator when it keeps failing, and replays it on request, without ever holding up the in-app
 * notification.
 */
package fr.inclusion.orientation.notification.outbound;
