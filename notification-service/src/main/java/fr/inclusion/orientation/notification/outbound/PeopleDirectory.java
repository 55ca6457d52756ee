package fr.inclusion.orientation.notification.outbound;

import java.util.List;
import java.util.Optional;

/**
 * Who the network's people are and how to reach them, from the identity provider. Answers may come from a cache;
 * when the provider cannot be reached the lists are empty and {@link #person} is empty (the in-app inbox does not
 * depend on it).
 */
public interface PeopleDirectory {

    /** One person by user id. */
    Optional<Contact> person(String userId);

    /** The staff of a venue: users whose {@code venue_id} attribute is this venue. */
    List<Contact> venueStaff(String venueId);

    /** Coordinators whose {@code territory} attribute is this EPCI SIREN or this département code. */
    List<Contact> coordinators(String epciSiren, String departement);
}
