/**
 * What every Kafka consumer and producer of a service shares: how a failed record is treated (a store outage is
 * waited out, a record that can never be processed goes to the binding's dead-letter topic with its cause), and the
 * dead-letter topics made visible (a gauge per topic, {@code GET /api/admin/dead-letters}) and replayable
 * ({@code POST /api/admin/dead-letters/{topic}/replay}) once the cause is fixed. See docs/adr/0009.
 */
package fr.inclusion.orientation.support.messaging;
