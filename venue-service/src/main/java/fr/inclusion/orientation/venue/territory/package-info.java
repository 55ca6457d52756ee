/**
 * The territory: communes and EPCI from the reference data shipped with the service (one CSV per département), and
 * the digital fragility index (IFN) per commune imported by coordinators.
 */
package fr.inclusion.orientation.venue.territory;
