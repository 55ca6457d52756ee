package fr.inclusion.orientation.referral.lifecycle.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.lifecycle.domain.IdempotencyKeyTakenException;
import fr.inclusion.orientation.referral.lifecycle.domain.InvalidReferralException;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralIds;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralRules;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.support.problem.FieldError;

/**
 * Sending residents to venues and the venues' answers. Every change goes through the domain, then one store write
 * that carries its events. Logs name ids only, never the resident.
 */
@Service
public class ReferralRouting {

    private static final Logger log = LoggerFactory.getLogger(ReferralRouting.class);

    private final Referrals referrals;
    private final KnownVenues venues;
    private final Clock clock;
    private final AnswerDeadlinePolicy deadlines;

    public ReferralRouting(Referrals referrals, KnownVenues venues, Clock clock, AnswerDeadlinePolicy deadlines) {
        this.referrals = referrals;
        this.venues = venues;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /**
     * A secretary sends a resident of one of her communes to a venue that can take them. The same key from the
     * same secretary returns the referral created the first time, and stores and publishes nothing new.
     */
    public Sent send(SendReferral command, Caller caller) {
        ReferralScope.requireRole(caller, Caller.SECRETARY,
                "Seule une secrétaire de mairie peut créer une orientation.");
        ReferralDraft draft = command.draft();
        List<FieldError> violations = ReferralRules.check(draft);
        if (!violations.isEmpty()) {
            throw new InvalidReferralException(violations);
        }
        String commune = draft.resident().communeCode();
        if (!caller.servesCommune(commune)) {
            throw new CommuneNotServedException(commune);
        }
        // a retry is recognised by the store's unique index on (secretary, key) when the insert is refused, so a
        // first request costs no extra lookup; a retry whose venue can no longer receive still gets its referral
        KnownVenue venue;
        try {
            venue = checkVenueCanReceive(draft);
        } catch (VenueCannotReceiveException refused) {
            return referrals.byIdempotencyKey(caller.id(), command.idempotencyKey())
                    .map(earlier -> replay(earlier, draft))
                    .orElseThrow(() -> refused);
        }
        Referral referral = Referral.send(ReferralIds.next(), draft, caller.id(),
                command.idempotencyKey(), now());
        deadlines.schedule(referral, venue);
        try {
            referrals.add(referral);
        } catch (IdempotencyKeyTakenException retry) {
            return replay(referrals.byIdempotencyKey(caller.id(), command.idempotencyKey()).orElseThrow(), draft);
        }
        log.info("Referral {} sent to venue {} (commune {})", referral.id(), referral.venueId(), commune);
        return new Sent(referral, false);
    }

    /** The venue's staff accept a referral addressed to their venue; accepting again changes nothing. */
    public Referral accept(String referralId, Caller caller) {
        ReferralScope.requireRole(caller, Caller.VENUE_STAFF,
                "Seul le personnel du lieu destinataire peut accepter une orientation.");
        Referral referral = referrals.byId(referralId)
                .filter(r -> ReferralScope.isAddressedToTheirVenue(caller, r))
                .orElseThrow(() -> new ReferralNotFoundException(referralId));
        Optional<Transition> moved = referral.accept(caller.id(), now());
        if (moved.isPresent()) {
            referrals.update(referral);
            log.info("Referral {} accepted by venue {}", referral.id(), referral.venueId());
        }
        return referral;
    }

    /** The venue, read once: what decides whether it can receive the referral also sets its answer delay. */
    private KnownVenue checkVenueCanReceive(ReferralDraft draft) {
        KnownVenue venue = venues.byId(draft.venueId())
                .filter(KnownVenue::active)
                .orElseThrow(() -> new VenueCannotReceiveException(VenueCannotReceiveException.Reason.UNKNOWN_OR_INACTIVE,
                        "Le lieu « " + draft.venueId() + " » est inconnu ou n'est plus actif dans l'annuaire."));
        if (venue.intakePaused()) {
            throw new VenueCannotReceiveException(VenueCannotReceiveException.Reason.INTAKE_PAUSED,
                    "Le lieu « " + venue.name() + " » ne prend pas de nouvelles orientations pour le moment ; "
                            + "choisissez un autre lieu.");
        }
        boolean overridden = draft.needOverrideReason() != null && !draft.needOverrideReason().isBlank();
        if (!venue.offers(draft.need()) && !overridden) {
            throw new VenueCannotReceiveException(VenueCannotReceiveException.Reason.NEED_NOT_OFFERED,
                    "Le lieu « " + venue.name() + " » ne déclare pas le service « " + draft.need() + " ». "
                            + "Choisissez un autre lieu ou indiquez pourquoi dans needOverrideReason.");
        }
        return venue;
    }

    private static Sent replay(Referral earlier, ReferralDraft draft) {
        if (!earlier.isRequestedBy(draft)) {
            throw new IdempotencyKeyReusedException(earlier.id());
        }
        return new Sent(earlier, true);
    }

    private Instant now() {
        // the store keeps milliseconds: truncating here makes a re-read referral equal to the one just answered
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
