package fr.inclusion.orientation.venue.proposal.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.territory.domain.Location;

class VenueProposalTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Location REVIGNY = new Location("55", "245501184");

    private static VenueProposal pending() {
        Map<String, Object> changes = new LinkedHashMap<>();
        changes.put("horaires", "Sa 09:00-12:00");
        changes.put("prise_rdv", null);
        return VenueProposal.propose("p-1", "venue-1", changes, "ouvert le samedi", "secretary-id",
                "secretaire.sommeilles", NOW, REVIGNY);
    }

    @Test
    void aNewProposalIsPendingWithItsChangesInTheOrderGiven() {
        VenueProposal proposal = pending();

        assertThat(proposal.status()).isEqualTo(ProposalStatus.PENDING);
        assertThat(proposal.changes().keySet()).containsExactly("horaires", "prise_rdv");
        assertThat(proposal.changes()).as("null clears a field").containsEntry("prise_rdv", null);
        assertThat(proposal.decidedBy()).isNull();
    }

    @Test
    void anApprovalNamesTheApproverAndWhen() {
        VenueProposal approved = pending().approve("coord-id", NOW.plusSeconds(60));

        assertThat(approved.status()).isEqualTo(ProposalStatus.APPROVED);
        assertThat(approved.decidedBy()).isEqualTo("coord-id");
        assertThat(approved.decidedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(approved.proposedBy()).isEqualTo("secretary-id");
        assertThat(approved.applied(3).appliedVersion()).isEqualTo(3);
    }

    @Test
    void aRejectionKeepsItsReason() {
        VenueProposal rejected = pending().reject("coord-id", "horaires déjà à jour", NOW);

        assertThat(rejected.status()).isEqualTo(ProposalStatus.REJECTED);
        assertThat(rejected.reason()).isEqualTo("horaires déjà à jour");
    }

    @Test
    void aProposalIsDecidedOnlyOnce() {
        VenueProposal approved = pending().approve("coord-id", NOW);
        VenueProposal rejected = pending().reject("coord-id", "non", NOW);

        assertThatThrownBy(() -> approved.approve("admin-id", NOW))
                .isInstanceOfSatisfying(ProposalAlreadyDecidedException.class,
                        e -> assertThat(e.status()).isEqualTo(ProposalStatus.APPROVED));
        assertThatThrownBy(() -> approved.reject("admin-id", "trop tard", NOW))
                .isInstanceOf(ProposalAlreadyDecidedException.class);
        assertThatThrownBy(() -> rejected.approve("admin-id", NOW))
                .isInstanceOfSatisfying(ProposalAlreadyDecidedException.class,
                        e -> assertThat(e.status()).isEqualTo(ProposalStatus.REJECTED));
    }

    @Test
    void statusesReadAndWriteAsLowerCaseWords() {
        assertThat(ProposalStatus.fromValue("pending")).contains(ProposalStatus.PENDING);
        assertThat(ProposalStatus.fromValue("PENDING")).isEmpty();
        assertThat(ProposalStatus.REJECTED.value()).isEqualTo("rejected");
    }
}
