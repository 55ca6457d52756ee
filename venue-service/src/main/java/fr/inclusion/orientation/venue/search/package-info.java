/**
 * Search and matching: which listed venues can help a resident of a commune with a need, ranked by a documented
 * score (distance, constraints, next opening, intake), and the coverage of a territory by the offer. Answers from an
 * in-memory index that follows every write of the directory; never queries the store per request.
 */
package fr.inclusion.orientation.venue.search;
