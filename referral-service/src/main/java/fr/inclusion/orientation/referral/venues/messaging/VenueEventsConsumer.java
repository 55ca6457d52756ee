package fr.inclusion.orientation.referral.venues.messaging;

import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.messaging.Message;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueAvailabilityChanged;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.contracts.venue.VenueRegistered;
import fr.inclusion.orientation.contracts.venue.VenueSnapshot;
import fr.inclusion.orientation.contracts.venue.VenueUpdated;
import fr.inclusion.orientation.contracts.venue.VenueWithdrawn;
import fr.inclusion.orientation.referral.venues.application.RecentVenues;
import fr.inclusion.orientation.referral.venues.persistence.MongoVenueReadModel;

/**
 * Binding {@code venueEvents-in-0} ({@code venue.venue-events}, group {@code referral-service}). Payloads are decoded
 * with {@link EventCodec}, not Spring's converters, so the wire format has one reader. A payload that cannot be
 * decoded throws: the binder retries it, then parks it in the dead-letter topic. Every event type carries the full
 * snapshot and goes through the same version-guarded upsert.
 */
@Configuration(proxyBeanMethods = false)
public class VenueEventsConsumer {

    private static final Logger log = LoggerFactory.getLogger(VenueEventsConsumer.class);

    @Bean
    Consumer<Message<byte[]>> venueEvents(MongoVenueReadModel readModel, RecentVenues recentVenues) {
        return message -> {
            VenueEvent event = EventCodec.read(message.getPayload(), VenueEvent.class);
            if (event.venue() == null || event.venue().id() == null || !event.venue().id().equals(event.venueId())) {
                throw new IllegalArgumentException("Venue event " + event.eventId() + " has no matching snapshot");
            }
            boolean applied = readModel.upsertIfNewer(stateAfter(event), event.version(), event.eventId().toString());
            recentVenues.forget(event.venueId());
            log.debug("{} {} v{} for venue {} {}", event.type(), event.eventId(), event.version(), event.venueId(),
                    applied ? "applied" : "ignored (same or newer version stored)");
        };
    }

    /**
     * The venue as the event leaves it. A withdrawal makes the venue inactive whatever its snapshot says, so that a
     * producer's slip can never keep a withdrawn venue open to referrals; an availability change brings the intake
     * state, weekly capacity and answer delay in its snapshot. The switch is exhaustive: a new event type will not
     * compile here until someone decides what it means for referrals.
     */
    static VenueSnapshot stateAfter(VenueEvent event) {
        return switch (event) {
            case VenueRegistered registered -> registered.venue();
            case VenueUpdated updated -> updated.venue();
            case VenueAvailabilityChanged availability -> availability.venue();
            case VenueWithdrawn withdrawn -> withdrawn.venue().active() ? inactive(withdrawn.venue())
                    : withdrawn.venue();
        };
    }

    private static VenueSnapshot inactive(VenueSnapshot v) {
        return new VenueSnapshot(v.id(), v.pivot(), v.nom(), v.commune(), v.codePostal(), v.codeInsee(),
                v.adresse(), v.complementAdresse(), v.latitude(), v.longitude(), v.typologie(), v.telephone(),
                v.courriels(), v.siteWeb(), v.horaires(), v.presentationResume(), v.source(), v.structureParente(),
                v.dateMaj(), v.services(), v.publicsSpecifiquementAdresses(), v.priseEnChargeSpecifique(),
                v.fraisACharge(), v.itinerance(), v.modalitesAcces(), v.modalitesAccompagnement(),
                v.dispositifProgrammesNationaux(), v.stops(), v.intakePaused(), false, v.weeklyCapacity(),
                v.answerDelayDays());
    }
}
