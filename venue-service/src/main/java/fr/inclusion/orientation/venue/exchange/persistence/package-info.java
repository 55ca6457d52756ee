/** The {@code import_jobs} collection: one document per job, updated in place as the job progresses. */
package fr.inclusion.orientation.venue.exchange.persistence;
