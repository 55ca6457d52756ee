/**
 * {@code POST /api/venues/import}, {@code GET /api/imports/{jobId}} and {@code GET /api/venues/export}, their role
 * rules, upload limits and problems.
 */
package fr.inclusion.orientation.venue.exchange.web;
