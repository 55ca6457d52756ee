package fr.inclusion.orientation.notification.venues.domain;

import java.util.List;

/**
 * A venue as notifications need it, from the last venue event applied.
 *
 * @param name        the standard's {@code nom}
 * @param communeCode INSEE code of the venue's commune
 * @param courriels   the venue's public e-mail addresses (standard field {@code courriels}): where a venue's
 *                    notifications go when none of its staff has an e-mail address
 * @param active      false once withdrawn from the directory
 * @param version     version of the venue event this state comes from
 */
public record KnownVenue(String id, String name, String communeCode, List<String> courriels, boolean active,
        long version) {

    public KnownVenue {
        courriels = courriels == null ? List.of()
                : courriels.stream().filter(c -> c != null && !c.isBlank()).map(String::strip).toList();
    }
}
