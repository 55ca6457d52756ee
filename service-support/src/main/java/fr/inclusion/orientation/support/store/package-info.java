/**
 * The services' link to their store: the driver's time limits, kept below the gateway's, and what counts as the
 * store being unavailable ({@link fr.inclusion.orientation.support.store.StoreUnavailable}: answered 503 by the shared
 * problem handling; the one test for "transient, try again when the store is back" wherever it is needed).
 */
package fr.inclusion.orientation.support.store;
