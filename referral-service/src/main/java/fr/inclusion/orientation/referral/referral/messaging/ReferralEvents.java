package fr.inclusion.orientation.referral.referral.messaging;

import java.util.List;
import java.util.UUID;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralEscalated;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralExpired;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.referral.referral.domain.Referral;
import fr.inclusion.orientation.referral.referral.domain.ReferralStatus;
import fr.inclusion.orientation.referral.referral.domain.Transition;
import fr.inclusion.orientation.referral.servicelevel.domain.Territory;

/**
 * Maps a referral's transitions to the events of {@code referral.referral-events}. Only ids, the need, the commune
 * code, constraint codes and the deadline leave the service: never the resident's name, contact or the note.
 */
public final class ReferralEvents {

    private ReferralEvents() {
    }

    public static ReferralEvent of(Referral referral, Transition transition) {
        UUID eventId = UUID.randomUUID();
        return switch (transition.to()) {
            case SENT -> new ReferralSent(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId(),
                    referral.constraints(), referral.deadline(), referral.reroutedFrom());
            case ACCEPTED -> new ReferralAccepted(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId());
            case CANCELLED -> new ReferralCancelled(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), transition.actorId());
            // the moves below come with the full lifecycle; their events need the reason, outcome and due date
            case EXPIRED -> new ReferralExpired(eventId, transition.at(), referral.id(), transition.version(),
                    referral.venueId(), referral.need(), referral.communeCode(), referral.dueAt());
            case DECLINED, CLOSED -> throw new UnsupportedOperationException(
                    "No event mapping yet for a move to " + transition.to());
        };
    }

    /**
     * The events a transition stores, in order: its own event, then what it triggers. An expiry is escalated to the
     * coordinators of the resident's territory in the same write, so it can never be expired without escalation.
     */
    public static List<ReferralEvent> allOf(Referral referral, Transition transition) {
        ReferralEvent event = of(referral, transition);
        if (transition.to() == ReferralStatus.EXPIRED) {
            Territory territory = Territory.ofCommune(referral.communeCode());
            return List.of(event, new ReferralEscalated(UUID.randomUUID(), transition.at(), referral.id(),
                    transition.version(), referral.venueId(), referral.need(), referral.communeCode(),
                    territory.epciSiren(), territory.departement()));
        }
        return List.of(event);
    }
}
