/** Use cases: searching for a resident, the coverage of a territory, and keeping the index in step with the store. */
package fr.inclusion.orientation.venue.search.application;
