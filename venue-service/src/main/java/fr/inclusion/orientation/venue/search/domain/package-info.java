/** The index, the score and the coverage rules: plain Java, no Spring, testable and benchmarkable on their own. */
package fr.inclusion.orientation.venue.search.domain;
