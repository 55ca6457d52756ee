package fr.inclusion.orientation.referral.lifecycle.application;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.referral.lifecycle.domain.DeclineReason;
import fr.inclusion.orientation.referral.lifecycle.domain.IdempotencyKeyTakenException;
import fr.inclusion.orientation.referral.lifecycle.domain.Outcome;
import fr.inclusion.orientation.referral.lifecycle.domain.PendingReroute;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralIds;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Transition;
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
    private final AnswerDeadlinePolicy deadlines;

    public ReferralLifecycle(Referrals referrals, KnownVenues venues, CommuneTerritories territories, Clock clock,
            AnswerDeadlinePolicy deadlines) {
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
     * Sends the resident of a declined or expired referral to another venue, in two steps that a crash cannot
     * leave half done. First the re-routing is recorded on the first referral (the new referral's id and venue,
     * who and when, and its ReferralRerouted event held back), in the one version-guarded write that marks it: of
     * two concurrent re-routings one gets 409. Then the replacement is stored under that id, and only then is the
     * held event released to the outbox ({@link #completeReroute}). If a crash falls between the two, the sweep
     * ({@link #completePendingReroutes}) or a repeated request finishes it: both referrals or neither, and no event
     * names a referral that does not exist. Repeating the request returns the replacement. The replacement's answer
     * is due within the new venue's own delay, counted from the re-routing.
     *
     * @return the new referral
     */
    public Referral reroute(String referralId, String newVenueId, Caller caller) {
        return completeReroute(recordReroute(referralId, newVenueId, caller));
    }

    /**
     * The first step of {@link #reroute} alone: checks the caller, the referral and the venue, and records the
     * re-routing on the first referral (or returns the one already recorded, for the same venue).
     */
    public PendingReroute recordReroute(String referralId, String newVenueId, Caller caller) {
        if (!caller.has(Caller.SECRETARY) && !caller.has(Caller.COORDINATOR)) {
            throw new ReferralAccessDeniedException(
                    "Seule la secrétaire de mairie de la commune ou un coordinateur du territoire peut réorienter.");
        }
        Referral first = inScope(referralId, r -> ReferralScope.isOfHerCommunes(caller, r)
                || (caller.has(Caller.COORDINATOR) && territories.isIn(r.communeCode(), caller.territory())));
        if (first.reroutedTo() != null) {
            PendingReroute recorded = referrals.rerouteOf(first.id())
                    .or(() -> referrals.byId(first.reroutedTo()).map(replacement -> new PendingReroute(first.id(),
                            replacement.id(), replacement.venueId(), replacement.history().getFirst().actorId(),
                            replacement.createdAt())))
                    // re-routed before re-routings were recorded, and its replacement lost: make it now
                    .orElseGet(() -> new PendingReroute(first.id(), first.reroutedTo(), newVenueId, caller.id(),
                            now()));
            if (!recorded.newVenueId().equals(newVenueId)) {
                first.markReroutedTo(ReferralIds.next(), newVenueId, caller.id(), now()); // throws 409
            }
            return recorded;
        }
        if (first.venueId().equals(newVenueId)) {
            throw new SameVenueException(newVenueId);
        }
        checkVenueCanReceive(newVenueId, first);
        String newId = ReferralIds.next();
        Instant at = now();
        store(first, first.markReroutedTo(newId, newVenueId, caller.id(), at));
        log.info("Referral {} re-routed to {} (venue {})", first.id(), newId, newVenueId);
        return new PendingReroute(first.id(), newId, newVenueId, caller.id(), at);
    }

    /**
     * The second step: stores the replacement the re-routing chose (unless it exists: its id was chosen first, so
     * a second insert is refused), then releases the held ReferralRerouted event. Idempotent.
     *
     * @return the replacement
     */
    public Referral completeReroute(PendingReroute reroute) {
        Referral replacement = referrals.byId(reroute.newReferralId()).orElseGet(() -> storeReplacement(reroute));
        referrals.rerouteCompleted(reroute.referralId(), now());
        return replacement;
    }

    /**
     * Completes the re-routings recorded at least {@code grace} ago whose replacement is not stored or whose event
     * is not released (a crash between the two steps); what a restarted or another instance runs.
     *
     * @return how many were completed
     */
    public int completePendingReroutes(java.time.Duration grace) {
        int completed = 0;
        for (PendingReroute reroute : referrals.pendingReroutes(now().minus(grace), 100)) {
            try {
                completeReroute(reroute);
                completed++;
            } catch (RuntimeException e) {
                log.warn("Re-routing of referral {} to {} not completed, retried next time: {}",
                        reroute.referralId(), reroute.newReferralId(), e.getClass().getSimpleName());
            }
        }
        if (completed > 0) {
            log.info("{} interrupted re-routing(s) completed", completed);
        }
        return completed;
    }

    private Referral storeReplacement(PendingReroute reroute) {
        Referral first = referrals.byId(reroute.referralId()).orElseThrow(
                () -> new ReferralNotFoundException(reroute.referralId()));
        Referral replacement = Referral.reroutedFrom(first, reroute.newReferralId(), reroute.newVenueId(),
                reroute.actorId(), reroute.at());
        // the venue was checked when the re-routing was recorded; read now only for its answer delay
        deadlines.schedule(replacement, venues.byId(reroute.newVenueId()).orElse(null));
        try {
            referrals.add(replacement);
        } catch (IdempotencyKeyTakenException concurrentCompletion) {
            return referrals.byId(reroute.newReferralId())
                    .or(() -> referrals.byIdempotencyKey(first.createdBy(), replacement.idempotencyKey()))
                    .orElseThrow();
        }
        return replacement;
    }

    private KnownVenue checkVenueCanReceive(String venueId, Referral first) {
        KnownVenue venue = venues.byId(venueId)
                .filter(KnownVenue::active)
                .orElseThrow(() -> new VenueCannotReceiveException(VenueCannotReceiveException.Reason.UNKNOWN_OR_INACTIVE,
                        "Le lieu « " + venueId + " » est inconnu ou n'est plus actif dans l'annuaire."));
        if (venue.intakePaused()) {
            throw new VenueCannotReceiveException(VenueCannotReceiveException.Reason.INTAKE_PAUSED,
                    "Le lieu « " + venue.name() + " » ne prend pas de nouvelles orientations pour le moment ; "
                            + "choisissez un autre lieu.");
        }
        if (!venue.offers(first.need()) && first.needOverrideReason() == null) {
            throw new VenueCannotReceiveException(VenueCannotReceiveException.Reason.NEED_NOT_OFFERED,
                    "Le lieu « " + venue.name() + " » ne déclare pas le service « " + first.need() + " ». "
                            + "Choisissez un autre lieu.");
        }
        return venue;
    }

    private Referral inScope(String referralId, Predicate<Referral> scope) {
        return referrals.byId(referralId).filter(scope).orElseThrow(() -> new ReferralNotFoundException(referralId));
    }

    private Referral store(Referral referral, Optional<Transition> moved) {
        moved.ifPresent(transition -> {
            referrals.update(referral);
            log.info("Referral {} moved from {} to {} (reason {})", referral.id(), transition.from(), transition.to(),
                    transition.to() == fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus.CANCELLED
                            ? "-" : transition.reason());
        });
        return referral;
    }

    private Instant now() {
        // the store keeps milliseconds (see ReferralRouting)
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
