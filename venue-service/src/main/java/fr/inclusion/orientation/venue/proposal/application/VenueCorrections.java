package fr.inclusion.orientation.venue.proposal.application;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import fr.inclusion.orientation.support.security.Caller;
import fr.inclusion.orientation.venue.proposal.domain.ProposalAlreadyDecidedException;
import fr.inclusion.orientation.venue.proposal.domain.ProposalFilter;
import fr.inclusion.orientation.venue.proposal.domain.ProposalNotFoundException;
import fr.inclusion.orientation.venue.proposal.domain.ProposalPage;
import fr.inclusion.orientation.venue.proposal.domain.ProposalStatus;
import fr.inclusion.orientation.venue.proposal.domain.VenueProposal;
import fr.inclusion.orientation.venue.proposal.domain.VenueProposals;
import fr.inclusion.orientation.venue.territory.application.TerritoryScope;
import fr.inclusion.orientation.venue.territory.domain.Location;
import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.application.UpdateVenue;
import fr.inclusion.orientation.venue.directory.application.VenueDirectory;
import fr.inclusion.orientation.venue.directory.domain.ApprovedProposal;
import fr.inclusion.orientation.venue.directory.domain.ConcurrentVenueChangeException;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueNotFoundException;

/**
 * Corrections proposed by anyone signed in and decided by a coordinator of the venue's territory (département code
 * or EPCI SIREN, by {@link TerritoryScope}'s rule, on the venue's commune) or an admin. Outside their territory a
 * coordinator gets "not found", as for anything out of scope. An approval goes through the directory's normal
 * update: same rules (a coordinator's edit stays inside their territory, stops included), same event, and the
 * venue's history names the approver and the author.
 */
@Service
public class VenueCorrections {

    private static final Logger log = LoggerFactory.getLogger(VenueCorrections.class);

    private final VenueProposals proposals;
    private final VenueDirectory directory;
    private final ProposedChanges changes;
    private final TerritoryScope territories;
    private final Clock clock;

    public VenueCorrections(VenueProposals proposals, VenueDirectory directory, ProposedChanges changes,
            TerritoryScope territories, Clock clock) {
        this.proposals = proposals;
        this.directory = directory;
        this.changes = changes;
        this.territories = territories;
        this.clock = clock;
    }

    public VenueProposal propose(ProposeCorrection command) {
        Venue venue = directory.venue(command.venueId());
        Map<String, Object> checked;
        try {
            checked = changes.check(venue, command.changes());
        } catch (InvalidVenueException e) {
            throw new InvalidProposedChangesException(e.violations());
        }
        Caller author = command.proposer();
        VenueProposal proposal = VenueProposal.propose(UUID.randomUUID().toString(), venue.id(), checked,
                command.comment(), author.id(), author.username(), clock.instant(), territoryOf(venue));
        proposals.add(proposal);
        log.info("Proposal {} for venue {} ({} field(s))", proposal.id(), venue.id(), checked.size());
        return proposal;
    }

    /** Admins see every proposal; coordinators those of their territory; a coordinator without one sees none. */
    public ProposalPage list(ProposalStatus status, Caller caller, int page, int size) {
        if (caller.has(Caller.ADMIN)) {
            return proposals.find(new ProposalFilter(status, null), page, size);
        }
        if (caller.has(Caller.COORDINATOR) && caller.territory() != null && !caller.territory().isBlank()) {
            return proposals.find(new ProposalFilter(status, caller.territory()), page, size);
        }
        return new ProposalPage(List.of(), 0);
    }

    /** Who may decide it, and its author, may read a proposal. */
    public VenueProposal proposal(String id, Caller caller) {
        VenueProposal proposal = proposals.byId(id).orElseThrow(() -> new ProposalNotFoundException(id));
        if ((caller.id() != null && caller.id().equals(proposal.proposedBy())) || mayDecide(caller, proposal)) {
            return proposal;
        }
        throw new ProposalNotFoundException(id);
    }

    /**
     * Records the approval first (only one decision can win), then applies the changes to the venue as it is now,
     * based on the version read so that an edit made in between is never overwritten; if they cannot be applied the
     * proposal goes back to pending.
     *
     * @throws ProposalAlreadyDecidedException      when it was decided before
     * @throws ProposalNoLongerApplicableException when the venue, as it is now, would break its rules with them
     */
    public VenueProposal approve(String id, Caller approver) {
        VenueProposal proposal = decidable(id, approver);
        VenueProposal approved = proposal.approve(approver.id(), clock.instant());
        claim(approved);
        try {
            Venue venue = directory.venue(proposal.venueId());
            StandardVenue corrected = changes.apply(venue, proposal.changes());
            Venue updated = directory.update(new UpdateVenue(venue.id(), corrected.toDetails(), corrected.toStops(),
                    venue.version(), approver, new ApprovedProposal(proposal.id(), proposal.proposedBy())));
            proposals.markApplied(id, updated.version());
            log.info("Proposal {} approved, venue {} at version {}", id, venue.id(), updated.version());
            return approved.applied(updated.version());
        } catch (InvalidVenueException e) {
            proposals.reopen(approved);
            throw new ProposalNoLongerApplicableException(id, e.violations());
        } catch (ConcurrentVenueChangeException e) {
            proposals.reopen(approved);
            throw new ConcurrentApprovalException(e);
        } catch (RuntimeException e) {
            proposals.reopen(approved);
            throw e;
        }
    }

    public VenueProposal reject(String id, String reason, Caller decider) {
        VenueProposal rejected = decidable(id, decider).reject(decider.id(), reason, clock.instant());
        claim(rejected);
        log.info("Proposal {} rejected", id);
        return rejected;
    }

    private VenueProposal decidable(String id, Caller caller) {
        return proposals.byId(id).filter(p -> mayDecide(caller, p))
                .orElseThrow(() -> new ProposalNotFoundException(id));
    }

    private void claim(VenueProposal decided) {
        if (!proposals.decide(decided)) {
            ProposalStatus now = proposals.byId(decided.id()).map(VenueProposal::status).orElse(decided.status());
            throw new ProposalAlreadyDecidedException(decided.id(), now);
        }
    }

    /** The venue's territory now, not when the proposal was made: it may have moved to another commune. */
    private boolean mayDecide(Caller caller, VenueProposal proposal) {
        try {
            return territories.covers(caller, territoryOf(directory.venue(proposal.venueId())));
        } catch (VenueNotFoundException e) {
            // venues are withdrawn, not deleted; should one disappear, its proposals stay with their territory
            return territories.covers(caller, proposal.territory());
        }
    }

    /** Where the venue's commune is: the proposal belongs there (its stops are the update's business). */
    private Location territoryOf(Venue venue) {
        return territories.locate(venue.details().codeInsee(), venue.details().codePostal());
    }
}
