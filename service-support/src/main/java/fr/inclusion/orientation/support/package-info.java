/**
 * Infrastructure every servlet service shares and no domain: token validation and the {@code Caller} it yields,
 * RFC 9457 problem details (including 401 and 403), and the relay that publishes the outbox kept inside each
 * aggregate's Mongo document.
 */
package fr.inclusion.orientation.support;
