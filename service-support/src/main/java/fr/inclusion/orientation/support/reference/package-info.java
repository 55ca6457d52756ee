/**
 * The départements an administrator imported into venue-service, as every other service keeps them: fed by the
 * reference stream ({@code venue.reference-events}), stored in the service's own {@code reference_departements}.
 */
package fr.inclusion.orientation.support.reference;
