package fr.inclusion.orientation.notification.venues.domain;

import java.util.Optional;

/** Port: commune names by INSEE code, from reference data. */
public interface CommuneNames {

    Optional<String> nameOf(String inseeCode);
}
