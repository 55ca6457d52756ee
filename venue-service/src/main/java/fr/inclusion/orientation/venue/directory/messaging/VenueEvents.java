package fr.inclusion.orientation.venue.directory.messaging;

import fr.inclusion.orientation.contracts.venue.VenueAvailabilityChanged;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueChange;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/** Turns a domain change into the event that goes on the wire; the actor stays out of it. */
public final class VenueEvents {

    private VenueEvents() {
    }

    public static VenueEvent of(VenueChange change) {
        Venue venue = change.venue();
        VenueSnapshot snapshot = snapshot(venue);
        return switch (change) {
            case VenueChange.Registered r ->
                    new VenueRegistered(r.eventId(), r.occurredAt(), venue.id(), venue.version(), snapshot);
            case VenueChange.Updated u ->
                    new VenueUpdated(u.eventId(), u.occurredAt(), venue.id(), venue.version(), snapshot);
            case VenueChange.Withdrawn w ->
                    new VenueWithdrawn(w.eventId(), w.occurredAt(), venue.id(), venue.version(), snapshot);
            case VenueChange.AvailabilityChanged a ->
                    new VenueAvailabilityChanged(a.eventId(), a.occurredAt(), venue.id(), venue.version(), snapshot);
        };
    }

    public static VenueSnapshot snapshot(Venue venue) {
        VenueDetails d = venue.details();
        return new VenueSnapshot(
                venue.id(),
                d.pivot(),
                d.nom(),
                d.commune(),
                d.codePostal(),
                d.codeInsee(),
                d.adresse(),
                d.complementAdresse(),
                d.latitude(),
                d.longitude(),
                d.typologie(),
                d.telephone(),
                d.courriels(),
                d.siteWeb(),
                d.horaires(),
                d.presentationResume(),
                d.source(),
                d.structureParente(),
                d.dateMaj(),
                d.services(),
                d.publicsSpecifiquementAdresses(),
                d.priseEnChargeSpecifique(),
                d.fraisACharge(),
                d.itinerance(),
                d.modalitesAcces(),
                d.modalitesAccompagnement(),
                d.dispositifProgrammesNationaux(),
                venue.stops().stream().map(VenueEvents::stop).toList(),
                venue.intakePaused(),
                venue.active(),
                venue.weeklyCapacity(),
                venue.answerDelayDays());
    }

    private static VenueSnapshot.MobileStop stop(MobileStop stop) {
        return new VenueSnapshot.MobileStop(stop.commune(), stop.weekday(), stop.from(), stop.to(), stop.place());
    }
}
