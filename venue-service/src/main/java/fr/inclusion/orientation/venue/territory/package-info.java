/**
 * The territory: communes and EPCI from the reference data shipped with the service (one CSV per département), the
 * digital fragility index (IFN) per commune imported by coordinators, and the one rule of where a coordinator may
 * write ({@code TerritoryScope}: inside the département or EPCI of their token; admins everywhere).
 */
package fr.inclusion.orientation.venue.territory;
