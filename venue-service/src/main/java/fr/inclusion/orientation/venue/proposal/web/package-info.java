/**
 * HTTP API of corrections: {@code POST /api/venues/{id}/proposals} and {@code /api/venue-proposals}, problem+json
 * errors naming the standard's fields.
 */
package fr.inclusion.orientation.venue.proposal.web;
