package fr.inclusion.orientation.bench.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

class ReconciliationTest {

    @Test
    void aRunWhereEveryPromiseIsKeptHasNothingLostNorDuplicated() {
        Reconciliation r = new Reconciliation(Set.of("a", "b"), Set.of("a", "b"), Map.of("a", 1, "b", 1), 2);

        assertThat(r.lost()).isZero();
        assertThat(r.duplicates()).isZero();
        assertThat(r.notified()).isEqualTo(2);
    }

    @Test
    void anAcceptedReferralMissingFromTheStoreIsLostOnceNotTwice() {
        // "b" answered 201 but is gone: not stored, so not expected in the inbox either; the flows counted it
        Reconciliation r = new Reconciliation(Set.of("a", "b"), Set.of("a"), Map.of("a", 1), 2);

        assertThat(r.notStored()).containsExactly("b");
        assertThat(r.notNotified()).isEmpty();
        assertThat(r.lost()).isEqualTo(1);
    }

    @Test
    void aStoredReferralNeverInTheInboxAndOneMissingFromTheFlowsAreBothLost() {
        Reconciliation r = new Reconciliation(Set.of("a", "b", "c"), Set.of("a", "b", "c"), Map.of("a", 1, "c", 1),
                2);

        assertThat(r.notNotified()).containsExactly("b");
        assertThat(r.flowsMissing()).isEqualTo(1);
        assertThat(r.lost()).isEqualTo(2);
    }

    @Test
    void aReferralNotifiedThreeTimesAndCountedTwiceInTheFlowsMakesThreeDuplicates() {
        Reconciliation r = new Reconciliation(Set.of("a", "b"), Set.of("a", "b"), Map.of("a", 3, "b", 1), 3);

        assertThat(r.notifiedTwice()).containsExactly("a");
        assertThat(r.duplicateNotifications()).isEqualTo(2);
        assertThat(r.flowsExtra()).isEqualTo(1);
        assertThat(r.duplicates()).isEqualTo(3);
        assertThat(r.lost()).isZero();
    }

    @Test
    void aReferralCreatedDespiteAnErrorAnswerIsExpectedInTheFlowsNotCountedTwice() {
        // "x" was answered 500 yet stored: its inbox entry shows it, and the flows rightly count it
        Reconciliation r = new Reconciliation(Set.of("a"), Set.of("a"), Map.of("a", 1, "x", 1), 2);

        assertThat(r.createdUnanswered()).containsExactly("x");
        assertThat(r.created()).isEqualTo(2);
        assertThat(r.duplicates()).isZero();
        assertThat(r.lost()).isZero();
        assertThat(r.notified()).isEqualTo(1);
    }
}
