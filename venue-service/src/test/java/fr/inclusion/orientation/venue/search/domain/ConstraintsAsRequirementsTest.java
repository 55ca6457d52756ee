package fr.inclusion.orientation.venue.search.domain;

import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.ADMIN_HELP;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.CENTROID_OF;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SATURDAY_MORNING;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SOMMEILLES;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SOMMEILLES_CENTROID;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.details;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.offset;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.query;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.venue;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/**
 * Every constraint asked for is a requirement (ADR 0002): a venue meeting it ranks above one that does not, however
 * far and however low its score; the one that does not says why. Each "meeting" venue below is 40 km away with its
 * intake paused (score × 0.1), each "missing" one at the door and open now.
 */
class ConstraintsAsRequirementsTest {

    private static final GeoPoint FAR = offset(SOMMEILLES_CENTROID, 40, 135);

    private final VenueIndex index = new VenueIndex(CENTROID_OF);

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.venue().id()).toList();
    }

    private void far(String id, VenueDetails.Builder details) {
        index.apply(venue(id, details, List.of(), true, 1));
    }

    private void atTheDoor(String id, VenueDetails.Builder details) {
        index.apply(venue(id, details, List.of(), false, 1));
    }

    /** The meeting venue first though it scores lower; the missing one names the constraint it misses. */
    private static void assertRequirement(List<Match> found, Constraint constraint, String reason) {
        assertThat(ids(found)).containsExactly("meets", "misses");
        Match meets = found.get(0);
        Match misses = found.get(1);
        assertThat(meets.distanceKm()).isGreaterThan(39.9);
        assertThat(misses.distanceKm()).isLessThan(0.01);
        assertThat(meets.score()).isLessThan(misses.score() / 10);
        assertThat(meets.meetsConstraints()).isTrue();
        assertThat(meets.missed()).isEmpty();
        assertThat(meets.reasons()).contains("accueil des orientations suspendu").doesNotContain(reason);
        assertThat(misses.meetsConstraints()).isFalse();
        assertThat(misses.missed()).containsExactly(constraint);
        assertThat(misses.reasons()).contains(reason, "ouvert en ce moment");
    }

    @Test
    void free() {
        far("meets", details("Gratuit", FAR).fraisACharge("Gratuit").horaires("Mo 09:00-12:00"));
        atTheDoor("misses", details("Payant", SOMMEILLES_CENTROID).fraisACharge("Payant").horaires("Sa 09:00-12:00"));

        assertRequirement(index.search(query(Set.of(Constraint.FREE))), Constraint.FREE, "payant");
    }

    @Test
    void freeNotSaidIsMissedToo() {
        far("meets", details("Sous condition", FAR).fraisACharge("Gratuit sous condition").horaires("Mo 09:00-12:00"));
        atTheDoor("misses", details("Non dit", SOMMEILLES_CENTROID).horaires("Sa 09:00-12:00"));

        assertRequirement(index.search(query(Set.of(Constraint.FREE))), Constraint.FREE, "gratuité non précisée");
    }

    @Test
    void evening() {
        far("meets", details("Le soir", FAR).horaires("Tu 17:00-20:00"));
        atTheDoor("misses", details("Le matin", SOMMEILLES_CENTROID).horaires("Sa 09:00-12:00"));

        assertRequirement(index.search(query(Set.of(Constraint.EVENING))), Constraint.EVENING,
                "pas d'ouverture après 18 h");
    }

    @Test
    void weekend() {
        // closed now: no venue closed at the weekend is open on Saturday morning
        far("meets", details("Le dimanche", FAR).horaires("Su 10:00-12:00"));
        atTheDoor("misses", details("En semaine", SOMMEILLES_CENTROID).horaires("Mo-Fr 09:00-17:00"));

        List<Match> found = index.search(query(Set.of(Constraint.WEEKEND)));

        assertThat(ids(found)).containsExactly("meets", "misses");
        assertThat(found.get(0).score()).isLessThan(found.get(1).score() / 10);
        assertThat(found.get(0).distanceKm()).isGreaterThan(39.9);
        assertThat(found.get(0).missed()).isEmpty();
        assertThat(found.get(0).reasons()).contains("ouvert le dimanche");
        assertThat(found.get(1).distanceKm()).isLessThan(0.01);
        assertThat(found.get(1).missed()).containsExactly(Constraint.WEEKEND);
        assertThat(found.get(1).reasons()).containsExactly("à 0,0 km", "fermé le week-end",
                "prochaine ouverture lundi 9h");
    }

    @Test
    void mobile() {
        index.apply(venue("meets", details("Bus", FAR).itinerance("Itinérant").horaires("Tu 14:00-16:00"),
                List.of(new MobileStop(SOMMEILLES, 2, "14:00", "16:00", "place de la Mairie")), true, 1));
        atTheDoor("misses", details("Itinérant ailleurs", SOMMEILLES_CENTROID).itinerance("Itinérant")
                .horaires("Sa 09:00-12:00"));
        atTheDoor("misses-fixed", details("Fixe", SOMMEILLES_CENTROID).horaires("Mo 09:00-12:00"));

        List<Match> found = index.search(query(Set.of(Constraint.MOBILE)));

        assertThat(ids(found)).containsExactly("meets", "misses", "misses-fixed");
        assertThat(found.get(0).score()).isLessThan(found.get(2).score()).isLessThan(found.get(1).score());
        assertThat(found.get(0).distanceKm()).isZero();
        assertThat(found.get(0).missed()).isEmpty();
        assertThat(found.get(0).reasons()).containsExactly(
                "le bus passe dans votre commune mardi 14h (place de la Mairie)", "prochaine ouverture mardi 14h",
                "accueil des orientations suspendu");
        assertThat(found.get(1).missed()).containsExactly(Constraint.MOBILE);
        assertThat(found.get(1).reasons()).containsExactly("à 0,0 km", "ouvert le samedi",
                "ne passe pas dans votre commune", "ouvert en ce moment");
        assertThat(found.get(2).missed()).containsExactly(Constraint.MOBILE);
        assertThat(found.get(2).reasons()).containsExactly("à 0,0 km", "pas itinérant",
                "prochaine ouverture lundi 9h");
    }

    @Test
    void accessible() {
        far("meets", details("Surdité", FAR).priseEnChargeSpecifique("Surdité").horaires("Mo 09:00-12:00"));
        atTheDoor("misses", details("Rien", SOMMEILLES_CENTROID).horaires("Sa 09:00-12:00"));

        assertRequirement(index.search(query(Set.of(Constraint.ACCESSIBLE))), Constraint.ACCESSIBLE,
                "pas de prise en charge spécifique indiquée");
    }

    @Test
    void accessibleWithTheSupportNamed() {
        far("meets", details("Surdité", FAR).priseEnChargeSpecifique("Surdité").horaires("Mo 09:00-12:00"));
        atTheDoor("misses", details("Moteur", SOMMEILLES_CENTROID).priseEnChargeSpecifique("Handicaps moteurs")
                .horaires("Sa 09:00-12:00"));

        assertRequirement(index.search(new SearchQuery(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID,
                Set.of(Constraint.ACCESSIBLE), "Surdité", SATURDAY_MORNING, 10)), Constraint.ACCESSIBLE,
                "pas de prise en charge « Surdité » indiquée (seulement : Handicaps moteurs)");
    }

    @Test
    void venuesMissingConstraintsComeByHowManyTheyMissThenByScore() {
        index.apply(venue("meets-both", details("Les deux", offset(SOMMEILLES_CENTROID, 30, 0))
                .fraisACharge("Gratuit").horaires("Sa 09:00-12:00")));
        index.apply(venue("misses-weekend", details("Semaine", offset(SOMMEILLES_CENTROID, 20, 90))
                .fraisACharge("Gratuit").horaires("Mo-Fr 09:00-17:00")));
        index.apply(venue("misses-free", details("Payant", offset(SOMMEILLES_CENTROID, 2, 180))
                .fraisACharge("Payant").horaires("Sa 09:00-12:00")));
        index.apply(venue("misses-both", details("Aucun", SOMMEILLES_CENTROID)
                .fraisACharge("Payant").horaires("Mo-Fr 09:00-17:00")));

        List<Match> found = index.search(query(Set.of(Constraint.WEEKEND, Constraint.FREE)));

        assertThat(ids(found)).containsExactly("meets-both", "misses-free", "misses-weekend", "misses-both");
        assertThat(found.stream().map(Match::missed).toList()).containsExactly(List.of(),
                List.of(Constraint.FREE), List.of(Constraint.WEEKEND), List.of(Constraint.FREE, Constraint.WEEKEND));
        // tier first, whatever the score: the venue meeting both scores lowest, the one missing both above one
        // missing one
        assertThat(found.get(0).score()).isLessThan(found.get(2).score());
        assertThat(found.get(3).score()).isGreaterThan(found.get(2).score());
        assertThat(found.get(1).score()).isGreaterThan(found.get(2).score());
        assertThat(found.get(3).reasons()).containsExactly("à 0,0 km", "payant", "fermé le week-end",
                "prochaine ouverture lundi 9h");
    }

    @Test
    void aFarVenueMeetingTheConstraintIsFoundPastManyNearOnesThatDoNot() {
        // more venues than the linear scan takes whole, so the rings are walked
        for (int i = 0; i < 1500; i++) {
            index.apply(venue(String.format("weekdays-%04d", i), details("Semaine " + i,
                    offset(SOMMEILLES_CENTROID, (i % 50) / 10.0, i % 360)).horaires("Mo-Fr 09:00-17:00")));
        }
        index.apply(venue("saturday-far", details("Samedi", offset(SOMMEILLES_CENTROID, 120, 270))
                .horaires("Sa 09:00-12:00")));

        List<Match> found = index.search(new SearchQuery(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID,
                Set.of(Constraint.WEEKEND), null, SATURDAY_MORNING, 3));

        assertThat(ids(found)).hasSize(3).first().isEqualTo("saturday-far");
        assertThat(found.get(0).reasons()).containsExactly("à 120 km", "ouvert le samedi", "ouvert en ce moment");
        assertThat(found.subList(1, 3)).allSatisfy(m -> assertThat(m.missed()).containsExactly(Constraint.WEEKEND));
        assertThat(index.search(new SearchQuery(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID, Set.of(), null,
                SATURDAY_MORNING, 3))).extracting(m -> m.venue().id()).doesNotContain("saturday-far");
    }
}
