/**
 * Infrastructure every servlet service shares and no domain: token validation (our realm's access tokens meant for
 * us) and the {@code Caller} it yields, RFC 9457 problem details (including 401, 403 and 413), request body limits,
 * the relay that publishes the outbox kept inside each aggregate's Mongo document, and Kafka durability
 * ({@code messaging}: topics, consumer failures, dead letters).
 */
package fr.inclusion.orientation.support;
