package fr.inclusion.orientation.referral.referral.messaging;

import java.util.UUID;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralSent;
import fr.inclusion.orientation.referral.referral.domain.Referral;
import fr.inclusion.orientation.referral.referral.domain.Transition;

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
            case DECLINED, CLOSED, EXPIRED -> throw new UnsupportedOperationException(
                    "No event mapping yet for a move to " + transition.to());
        };
    }
}
