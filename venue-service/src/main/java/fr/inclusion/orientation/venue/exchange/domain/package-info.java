/**
 * The standard's flat record (its columns, their order, which hold lists) and its mapping to and from the venue
 * domain, and import jobs with their progress and rejected lines ({@code ImportJobs} port). Plain Java.
 */
package fr.inclusion.orientation.venue.exchange.domain;
