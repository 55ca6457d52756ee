/**
 * The search benchmark behind {@code ./orientation bench search}: generated venues, in-service latency over the
 * index, and latency through the gateway of a running stack. Main classes, not tests: Surefire never runs them.
 */
package fr.inclusion.orientation.venue.search.bench;
