package fr.inclusion.orientation.referral.referral.messaging;

import java.util.UUID;

import fr.inclusion.orientation.contracts.referral.ReferralAccepted;
import fr.inclusion.orientation.contracts.referral.ReferralCancelled;
import fr.inclusion.orientation.contracts.referral.ReferralClosed;
import fr.inclusion.orientation.contracts.referral.ReferralDeclined;
import fr.inclusion.orientation.contracts.referral.ReferralEvent;
import fr.inclusion.orientation.contracts.referral.ReferralRerouted;
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
            // the move below comes with the service levels; its event needs the due date
            case EXPIRED -> throw new UnsupportedOperationException(
                    "No event mapping yet for a move to " + transition.to());
        };
    }
}
