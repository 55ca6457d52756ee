package fr.inclusion.orientation.referral.lifecycle.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import fr.inclusion.orientation.referral.RunningReferralService;
import fr.inclusion.orientation.referral.lifecycle.domain.ConcurrentReferralChangeException;
import fr.inclusion.orientation.referral.lifecycle.domain.Contact;
import fr.inclusion.orientation.referral.lifecycle.domain.ContactChannel;
import fr.inclusion.orientation.referral.lifecycle.domain.IdempotencyKeyTakenException;
import fr.inclusion.orientation.referral.lifecycle.domain.Referral;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralDraft;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralSearch;
import fr.inclusion.orientation.referral.lifecycle.domain.ReferralStatus;
import fr.inclusion.orientation.referral.lifecycle.domain.Referrals;
import fr.inclusion.orientation.referral.lifecycle.domain.Resident;

class MongoReferralsTest extends RunningReferralService {

    private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MILLIS);

    @Autowired
    Referrals referrals;

    @Test
    void storedReferralReadsBackEqualIncludingTheDecryptedResident() {
        Referral referral = newReferral("secretary-" + UUID.randomUUID(), "key");
        referrals.add(referral);

        Referral read = referrals.byId(referral.id()).orElseThrow();

        assertThat(read.resident()).isEqualTo(referral.resident());
        assertThat(read.note()).isEqualTo("Rappeler après 17h");
        assertThat(read.deadline()).isEqualTo(LocalDate.of(2030, 1, 15));
        assertThat(read.history()).isEqualTo(referral.history());
        assertThat(read.consent()).isEqualTo(referral.consent());
        assertThat(read.version()).isEqualTo(1);
        assertThat(read.pendingTransitions()).isEmpty();
    }

    @Test
    void sameSecretaryAndKeyCannotBeStoredTwice() {
        String secretary = "secretary-" + UUID.randomUUID();
        referrals.add(newReferral(secretary, "key-1"));

        assertThatThrownBy(() -> referrals.add(newReferral(secretary, "key-1")))
                .isInstanceOf(IdempotencyKeyTakenException.class);
        referrals.add(newReferral("another-" + secretary, "key-1"));
        referrals.add(newReferral(secretary, "key-2"));
    }

    @Test
    void updateFromAStaleCopyIsRejectedAndTheFirstWriteStays() {
        Referral referral = newReferral("secretary-" + UUID.randomUUID(), "key");
        referrals.add(referral);
        Referral first = referrals.byId(referral.id()).orElseThrow();
        Referral second = referrals.byId(referral.id()).orElseThrow();

        first.accept("staff-1", NOW);
        referrals.update(first);
        second.cancel("secretary", NOW, null);

        assertThatThrownBy(() -> referrals.update(second)).isInstanceOf(ConcurrentReferralChangeException.class);
        assertThat(referrals.byId(referral.id()).orElseThrow().status()).isEqualTo(ReferralStatus.ACCEPTED);
    }

    @Test
    void searchKeepsToTheScopeAndFilters() {
        String venue = "venue-" + UUID.randomUUID();
        Referral inRevigny = newReferral("s-" + UUID.randomUUID(), "k", venue, "55427");
        Referral inSommeilles = newReferral("s-" + UUID.randomUUID(), "k", venue, "55493");
        referrals.add(inRevigny);
        referrals.add(inSommeilles);

        assertThat(referrals.search(new ReferralSearch(Set.of("55493"), null, null, venue), 0, 10).items())
                .extracting(Referral::id).containsExactly(inSommeilles.id());
        assertThat(referrals.search(new ReferralSearch(Set.of(), venue, ReferralStatus.SENT, null), 0, 10).total())
                .isEqualTo(2);
        assertThat(referrals.search(new ReferralSearch(Set.of(), venue, null, null), 1, 1).items()).hasSize(1);
        assertThat(referrals.search(new ReferralSearch(Set.of(), null, null, venue), 0, 10).total()).isZero();
    }

    private static Referral newReferral(String secretary, String key) {
        return newReferral(secretary, key, "venue-1", "55427");
    }

    private static Referral newReferral(String secretary, String key, String venue, String commune) {
        return Referral.send(UUID.randomUUID().toString(), new ReferralDraft(venue,
                "Aide aux démarches administratives", null,
                new Resident("Josiane", new Contact(ContactChannel.PHONE, "06 12 34 56 78"), commune),
                List.of("free"), "Rappeler après 17h", LocalDate.of(2030, 1, 15), true, "v1"), secretary, key, NOW);
    }
}
