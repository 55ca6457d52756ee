/**
 * Sending rules without framework: a stored message's delivery state, the backoff between attempts and when to
 * give up (park), the ports to the store and to each channel, and error texts that never carry personal data.
 */
package fr.inclusion.orientation.notification.outbound.domain;
