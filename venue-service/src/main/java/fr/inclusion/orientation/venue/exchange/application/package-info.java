/**
 * Reading import files (CSV with {@code ,} or {@code ;}, JSON), running import jobs on a bounded executor, and
 * writing exports.
 */
package fr.inclusion.orientation.venue.exchange.application;
