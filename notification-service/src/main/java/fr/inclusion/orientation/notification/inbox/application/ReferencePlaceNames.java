package fr.inclusion.orientation.notification.inbox.application;

import java.util.Optional;

import org.springframework.stereotype.Component;

import fr.inclusion.orientation.notification.inbox.domain.PlaceNames;
import fr.inclusion.orientation.notification.venues.domain.CommuneNames;
import fr.inclusion.orientation.notification.venues.domain.KnownVenue;
import fr.inclusion.orientation.notification.venues.domain.KnownVenues;

/** Names from the venue read model and the commune reference data. */
@Component
class ReferencePlaceNames implements PlaceNames {

    private final CommuneNames communes;
    private final KnownVenues venues;

    ReferencePlaceNames(CommuneNames communes, KnownVenues venues) {
        this.communes = communes;
        this.venues = venues;
    }

    @Override
    public Optional<String> commune(String inseeCode) {
        return communes.nameOf(inseeCode);
    }

    @Override
    public Optional<String> venue(String venueId) {
        return venues.byId(venueId).map(KnownVenue::name).filter(name -> !name.isBlank());
    }
}
