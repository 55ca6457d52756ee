/** HTTP API of the directory under {@code /api/venues}: bodies in the national standard's form, problem+json errors. */
package fr.inclusion.orientation.venue.directory.web;
