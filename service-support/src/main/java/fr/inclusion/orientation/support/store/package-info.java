/**
 * The services' link to their store: the driver's time limits, kept below the gateway's, and what counts as the
 * store being unavailable (answered 503 by the shared problem handling, retried by consumers).
 */
package fr.inclusion.orientation.support.store;
