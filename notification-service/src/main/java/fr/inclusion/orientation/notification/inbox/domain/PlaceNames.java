package fr.inclusion.orientation.notification.inbox.domain;

import java.util.Optional;

/**
 * Port: the names that notifications show instead of codes. Events only carry a commune's INSEE code and a venue's
 * id; empty when the name is not known (yet), and the text then says it another way.
 */
public interface PlaceNames {

    Optional<String> commune(String inseeCode);

    Optional<String> venue(String venueId);
}
