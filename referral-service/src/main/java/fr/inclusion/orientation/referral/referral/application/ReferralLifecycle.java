package fr.inclusion.orientation.referral.referral.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.referral.domain.DeclineReason;
import fr.inclusion.orientation.referral.referral.domain.IdempotencyKeyTaken;
import fr.inclusion.orientation.referral.referral.domain.Outcome;
import fr.inclusion.orientation.referral.referral.domain.Referral;
import fr.inclusion.orientation.referral.referral.domain.ReferralIds;
import fr.inclusion.orientation.referral.referral.domain.Referrals;
import fr.inclusion.orientation.referral.referral.domain.Transition;
import fr.inclusion.orientation.referral.servicelevel.application.AnswerDeadlines;
import fr.inclusion.orientation.referral.venues.domain.KnownVenue;
import fr.inclusion.orientation.referral.venues.domain.KnownVenues;
import fr.inclusion.orientation.support.security.Caller;

/**
 * The moves after sending: decline and close (the venue), cancel (the secretary), re-route (the secretary or a
 * coordinator of the territory). Each move is one version-guarded write carrying its event; repeating a move the
 * referral already made changes nothing. A caller of the right role outside the referral's scope gets the same
 * 404 as for an unknown id. Logs name ids and codes only.
 */
@Service
public class ReferralLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ReferralLifecycle.class);

    private final Referrals referrals;
    private final KnownVenues venues;
    private final CommuneTerritories territories;
    private final Clock clock;
    private final AnswerDeadlines deadlines;

    public ReferralLifecycle(Referrals referrals, KnownVenues venues, CommuneTerritories territories, Clock clock,
            AnswerDeadlines deadlines) {
        this.referrals = referrals;
        this.venues = venues;
        this.territories = territories;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    public Referral decline(String referralId, DeclineReason reason, String message, Caller caller) {
        ReferralScope.requireRole(caller, Caller.VENUE_STAFF,
                "Seul le personnel du lieu destinataire peut refuser une orientation.");
        Referral referral = inScope(referralId, r -> ReferralScope.isAddressedToTheirVenue(caller, r));
        return store(referral, referral.decline(caller.id(), now(), reason, message));
    }

    public Referral close(String referralId, Outcome outcome, String note, Caller caller) {
        ReferralScope.requireRole(caller, Caller.VENUE_STAFF,
                "Seul le personnel du lieu destinataire peut clôturer une orientation.");
        Referral referral = inScope(referralId, r -> ReferralScope.isAddressedToTheirVenue(caller, r));
        return store(referral, referral.close(caller.id(), now(), outcome, note));
    }

    public Referral cancel(String referralId, String reason, Caller caller) {
        ReferralScope.requireRole(caller, Caller.SECRETARY,
                "Seule la secrétaire de mairie de la commune du résident peut annuler une orientation.");
        Referral referral = inScope(referralId, r -> ReferralScope.isOfHerCommunes(caller, r));
        String trimmed = reason == null || reason.isBlank() ? null : reason.trim();
        return store(referral, referral.cancel(caller.id(), now(), trimmed));
    }

    /**
     * Sends the resident of a declined or expired referral to another venue. The first referral is marked first
     * (version-guarded: of two concurrent re-routings one gets 409), then the new one is stored under an
     * idempotency key derived from the first. Repeating the request returns the replacement already made; if a
     * crash left the mark without the replacement, repeating it creates the replacement. The replacement's answer
     * is due within the new venue's own delay, counted from the re-routing.
     *
     * @return the new referral
     */
    public Referral reroute(String referralId, String newVenueId, Caller caller) {
        if (!caller.has(Caller.SECRETARY) && !caller.has(Caller.COORDINATOR)) {
            throw new ReferralAccessDenied(
                    "Seule la secrétaire de mairie de la commune ou un coordinateur du territoire peut réorienter.");
        }
        Referral first = inScope(referralId, r -> ReferralScope.isOfHerCommunes(caller, r)
                || (caller.has(Caller.COORDINATOR) && territories.isIn(r.communeCode(), caller.territory())));
        if (first.reroutedTo() != null) {
            Optional<Referral> replacement = referrals.byId(first.reroutedTo());
            if (replacement.isPresent()) {
                if (!replacement.get().venueId().equals(newVenueId)) {
                    first.markReroutedTo(ReferralIds.next(), newVenueId, caller.id(), now()); // throws 409
                }
                return replacement.get();
            }
            // the venue was checked when the mark was made; read now only for its answer delay
            return storeReplacement(first, first.reroutedTo(), newVenueId, venues.byId(newVenueId).orElse(null),
                    caller);
        }
        if (first.venueId().equals(newVenueId)) {
            throw new SameVenue(newVenueId);
        }
        KnownVenue venue = checkVenueCanReceive(newVenueId, first);
        String newId = ReferralIds.next();
        store(first, first.markReroutedTo(newId, newVenueId, caller.id(), now()));
        log.info("Referral {} re-routed to {} (venue {})", first.id(), newId, newVenueId);
        return storeReplacement(first, newId, newVenueId, venue, caller);
    }

    /** {@code venue} is the new venue as the read model knows it, {@code null} when it does not. */
    private Referral storeReplacement(Referral first, String newId, String newVenueId, KnownVenue venue,
            Caller caller) {
        Referral replacement = Referral.reroutedFrom(first, newId, newVenueId, caller.id(), now());
        deadlines.schedule(replacement, venue);
        try {
            referrals.add(replacement);
        } catch (IdempotencyKeyTaken concurrentRecovery) {
            return referrals.byIdempotencyKey(first.createdBy(), replacement.idempotencyKey()).orElseThrow();
        }
        return replacement;
    }

    private KnownVenue checkVenueCanReceive(String venueId, Referral first) {
        KnownVenue venue = venues.byId(venueId)
                .filter(KnownVenue::active)
                .orElseThrow(() -> new VenueCannotReceive(VenueCannotReceive.Reason.UNKNOWN_OR_INACTIVE,
                        "Le lieu « " + venueId + " » est inconnu ou n'est plus actif dans l'annuaire."));
        if (venue.intakePaused()) {
            throw new VenueCannotReceive(VenueCannotReceive.Reason.INTAKE_PAUSED,
                    "Le lieu « " + venue.name() + " » ne prend pas de nouvelles orientations pour le moment ; "
                            + "choisissez un autre lieu.");
        }
        if (!venue.offers(first.need()) && first.needOverrideReason() == null) {
            throw new VenueCannotReceive(VenueCannotReceive.Reason.NEED_NOT_OFFERED,
                    "Le lieu « " + venue.name() + " » ne déclare pas le service « " + first.need() + " ». "
                            + "Choisissez un autre lieu.");
        }
        return venue;
    }

    private Referral inScope(String referralId, Predicate<Referral> scope) {
        return referrals.byId(referralId).filter(scope).orElseThrow(() -> new ReferralNotFound(referralId));
    }

    private Referral store(Referral referral, Optional<Transition> moved) {
        moved.ifPresent(transition -> {
            referrals.update(referral);
            log.info("Referral {} moved from {} to {} (reason {})", referral.id(), transition.from(), transition.to(),
                    transition.to() == fr.inclusion.orientation.referral.referral.domain.ReferralStatus.CANCELLED
                            ? "-" : transition.reason());
        });
        return referral;
    }

    private Instant now() {
        // the store keeps milliseconds (see ReferralRouting)
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
