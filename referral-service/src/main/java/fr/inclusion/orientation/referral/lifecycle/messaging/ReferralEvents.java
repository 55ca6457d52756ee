package fr.inclusion.orientation.referral.lifecycle.messaging;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralDeclined;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralReminderDue;
import fr.inclusion.orientation.contracts.referral.ReferralRerouted;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralUpkeep.ReminderCandidate;
import fr.inclusion.orientation.referral.lifecycle.domain.Territory;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;
import fr.inclusion.orientation.referral.territory.CommuneEpciTable;

/**
 * Maps a referral's transitions to the events of {@code referral.referral-events}. Only ids, the need, the commune
 * code, constraint codes and the deadline leave the service: never the resident's name, contact or the note.
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    public static ReferralEvent of(Referral referral, Transition transition) {
        UUID eventId = UUID.randomUUID();
        if (transition.from() != null && transition.from() == transition.to()) {
            // a link, not a move: the declined or expired referral now has a replacement
            return new ReferralRerouted(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId(),
                    referral.reroutedTo(), referral.reroutedToVenueId());
        }
        return switch (transition.to()) {
            case SENT -> new ReferralSent(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId(),
                    referral.constraints(), referral.deadline(), referral.reroutedFrom());
            case ACCEPTED -> new ReferralAccepted(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId());
            case CANCELLED -> new ReferralCancelled(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId());
            // only the coded reason and outcome leave the service; the message and the note stay sealed here
            case DECLINED -> new ReferralDeclined(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId(),
                    transition.reason());
            case CLOSED -> new ReferralClosed(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId(),
                    transition.reason());
            case EXPIRED -> new ReferralExpired(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), referral.dueAt());
        };
    }

    /**
     * The events a transition stores, in order: its own event, then what it triggers. An expiry is escalated to the
     * coordinators of the resident's territory (EPCI from {@code epcis}, département) in the same write, so it can
     * never be expired without escalation.
     */
    public static List<ReferralEvent> allOf(Referral referral, Transition transition, CommuneEpciTable epcis) {
        ReferralEvent event = of(referral, transition);
        if (transition.to() == ReferralStatus.EXPIRED) {
            String commune = referral.communeCode();
            Territory territory = Territory.ofCommune(commune, epcis.epciOf(commune).orElse(null));
            return List.of(event, new ReferralEscalated(UUID.randomUUID(), transition.at(), referral.id(),
                    transition.version(), referral.venueId(), referral.need(), referral.communeCode(),
                    territory.epciSiren(), territory.departement()));
        }
        return List.of(event);
    }

    /** The reminder that half of the venue's answer time has passed, at {@code at}. */
    public static ReferralEvent reminderDue(ReminderCandidate candidate, Instant at) {
        return new ReferralReminderDue(UUID.randomUUID(), at, candidate.id(), candidate.version(),
                candidate.venueId(), candidate.need(), candidate.communeCode(), candidate.dueAt());
    }
}
