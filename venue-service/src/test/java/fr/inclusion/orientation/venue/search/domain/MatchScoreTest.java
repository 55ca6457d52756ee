package fr.inclusion.orientation.venue.search.domain;

import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SATURDAY_MORNING;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SOMMEILLES;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SOMMEILLES_CENTROID;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.details;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.offset;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.query;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.searchable;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;

class MatchScoreTest {

    private static double score(SearchableVenue venue, SearchQuery query) {
        return MatchScore.score(venue, query, facts(venue, query));
    }

    private static MatchScore.Facts facts(SearchableVenue venue, SearchQuery query) {
        return MatchScore.Facts.of(venue, query, venue.distanceKm(query.origin()));
    }

    private static List<String> reasons(SearchableVenue venue, SearchQuery query) {
        return MatchScore.reasons(venue, query, facts(venue, query));
    }

    @Test
    void aVenueAtTheDoorOpenNowAndAskedNothingScoresTheMaximum() {
        SearchableVenue venue = searchable(venue("door", details("Porte", SOMMEILLES_CENTROID)
                .horaires("Sa 09:00-12:00")));

        assertThat(score(venue, query(Set.of()))).isCloseTo(100, within(1e-9));
    }

    @Test
    void theScoreDecaysWithDistanceOverFifteenKilometres() {
        SearchableVenue near = searchable(venue("near", details("Près", SOMMEILLES_CENTROID)));
        SearchableVenue far = searchable(venue("far", details("Loin", offset(SOMMEILLES_CENTROID, 15, 40))));

        assertThat(score(far, query(Set.of())) / score(near, query(Set.of()))).isCloseTo(Math.exp(-1), within(1e-6));
    }

    @Test
    void aPausedIntakeCostsNineTenthsOfTheScoreAndSaysSo() {
        var details = details("Pause", SOMMEILLES_CENTROID).horaires("Sa 09:00-12:00");
        SearchableVenue open = searchable(venue("open", details));
        SearchableVenue paused = searchable(venue("paused", details, List.of(), true, 1));

        assertThat(score(paused, query(Set.of()))).isCloseTo(score(open, query(Set.of())) / 10, within(1e-9));
        assertThat(reasons(paused, query(Set.of()))).contains("accueil des orientations suspendu");
        assertThat(reasons(open, query(Set.of()))).doesNotContain("accueil des orientations suspendu");
    }

    @Test
    void freeRanksGratuitThenSousConditionThenNotSaidThenPayant() {
        SearchQuery free = query(Set.of(Constraint.FREE));
        double gratuit = score(searchable(venue("a", details("A", SOMMEILLES_CENTROID).fraisACharge("Gratuit"))),
                free);
        double condition = score(searchable(venue("b", details("B", SOMMEILLES_CENTROID)
                .fraisACharge("Gratuit sous condition", "Payant"))), free);
        double notSaid = score(searchable(venue("c", details("C", SOMMEILLES_CENTROID))), free);
        double payant = score(searchable(venue("d", details("D", SOMMEILLES_CENTROID).fraisACharge("Payant"))),
                free);

        assertThat(gratuit).isGreaterThan(condition);
        assertThat(condition).isGreaterThan(notSaid);
        assertThat(notSaid).isGreaterThan(payant);
    }

    @Test
    void supportAskedForMatchesFullyOnlyWhenListed() {
        SearchableVenue deafSupport = searchable(venue("s", details("S", SOMMEILLES_CENTROID)
                .priseEnChargeSpecifique("Surdité")));
        SearchableVenue none = searchable(venue("n", details("N", SOMMEILLES_CENTROID)));
        SearchQuery anySupport = query(Set.of(Constraint.ACCESSIBLE));
        SearchQuery illiteracy = new SearchQuery(SearchFixtures.ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID,
                Set.of(Constraint.ACCESSIBLE), "Illettrisme", SATURDAY_MORNING, 10);

        assertThat(MatchScore.match(Constraint.ACCESSIBLE, deafSupport, anySupport, facts(deafSupport, anySupport)))
                .isEqualTo(1);
        assertThat(MatchScore.match(Constraint.ACCESSIBLE, deafSupport, illiteracy, facts(deafSupport, illiteracy)))
                .isEqualTo(0.5);
        assertThat(MatchScore.match(Constraint.ACCESSIBLE, none, anySupport, facts(none, anySupport))).isZero();
        assertThat(reasons(deafSupport, illiteracy))
                .contains("pas de prise en charge « Illettrisme » indiquée (seulement : Surdité)");
        assertThat(reasons(deafSupport, anySupport)).contains("prise en charge spécifique : Surdité");
    }

    @Test
    void aBusStoppingInTheCommuneIsAtZeroKilometresAndSaysWhen() {
        GeoPoint depot = offset(SOMMEILLES_CENTROID, 25, 200);
        SearchableVenue bus = searchable(venue("bus", details("Bus", depot).itinerance("Itinérant"),
                List.of(new MobileStop(SOMMEILLES, 2, "14:00", "16:00", "place de la Mairie")), false, 1));
        SearchQuery mobile = query(Set.of(Constraint.MOBILE));

        MatchScore.Facts facts = facts(bus, mobile);
        assertThat(facts.distanceKm()).isZero();
        assertThat(facts.nextStop()).get().extracting(SearchableVenue.NextStop::at)
                .isEqualTo(LocalDateTime.of(2026, 7, 14, 14, 0));
        assertThat(MatchScore.match(Constraint.MOBILE, bus, mobile, facts)).isEqualTo(1);
        assertThat(reasons(bus, mobile)).first()
                .isEqualTo("le bus passe dans votre commune mardi 14h (place de la Mairie)");
    }

    @Test
    void reasonsReadOutDistanceFeesWeekendAndOpening() {
        SearchableVenue venue = searchable(venue("r", details("R", offset(SOMMEILLES_CENTROID, 4.2, 90))
                .fraisACharge("Gratuit").horaires("Mo-Fr 09:00-12:00; Sa 09:00-12:00")));

        assertThat(reasons(venue, query(Set.of(Constraint.FREE, Constraint.WEEKEND))))
                .containsExactly("à 4,2 km", "gratuit", "ouvert le samedi", "ouvert en ce moment");
    }

    @Test
    void reasonsSayWhatAskedForIsMissing() {
        SearchableVenue venue = searchable(venue("m", details("M", offset(SOMMEILLES_CENTROID, 12.4, 10))
                .horaires("Mo-Fr 09:00-12:00")));

        assertThat(reasons(venue, query(Set.of(Constraint.FREE, Constraint.WEEKEND, Constraint.EVENING,
                Constraint.ACCESSIBLE, Constraint.MOBILE))))
                .containsExactly("à 12 km", "gratuité non précisée", "fermé le week-end", "pas d'ouverture après 18 h",
                        "pas de prise en charge spécifique indiquée", "pas itinérant",
                        "prochaine ouverture lundi 9h");
        assertThat(missed(venue, Set.of(Constraint.values()))).containsExactly(Constraint.FREE,
                Constraint.EVENING, Constraint.WEEKEND, Constraint.MOBILE, Constraint.ACCESSIBLE);
    }

    private static List<Constraint> missed(SearchableVenue venue, Set<Constraint> constraints) {
        SearchQuery query = query(constraints);
        return MatchScore.missed(venue, query, venue.stopsIn(query.commune()));
    }

    private static java.util.Optional<String> missing(Constraint constraint, SearchableVenue venue) {
        SearchQuery query = query(Set.of(constraint));
        return MatchScore.missing(constraint, venue, query, venue.stopsIn(query.commune()));
    }

    @Test
    void aVenueMeetingEveryConstraintMissesNothing() {
        SearchableVenue venue = searchable(venue("all", details("Tout", SOMMEILLES_CENTROID).itinerance("Itinérant")
                .fraisACharge("Gratuit").horaires("Sa 09:00-12:00; Tu 17:00-20:00")
                .priseEnChargeSpecifique("Surdité"),
                List.of(new MobileStop(SOMMEILLES, 2, "14:00", "16:00", null)), false, 1));

        assertThat(missed(venue, Set.of(Constraint.values()))).isEmpty();
        assertThat(missed(venue, Set.of())).isEmpty();
    }

    @Test
    void freeIsMetByGratuitAndGratuitSousConditionOnly() {
        assertThat(missing(Constraint.FREE, searchable(venue("a", details("A", SOMMEILLES_CENTROID)
                .fraisACharge("Gratuit"))))).isEmpty();
        assertThat(missing(Constraint.FREE, searchable(venue("b", details("B", SOMMEILLES_CENTROID)
                .fraisACharge("Gratuit sous condition"))))).isEmpty();
        assertThat(missing(Constraint.FREE, searchable(venue("c", details("C", SOMMEILLES_CENTROID)))))
                .contains("gratuité non précisée");
        assertThat(missing(Constraint.FREE, searchable(venue("d", details("D", SOMMEILLES_CENTROID)
                .fraisACharge("Payant"))))).contains("payant");
    }

    @Test
    void weekendAndEveningAreMetByTheVenuesHoursOrByItsStopsInTheCommuneOnly() {
        GeoPoint depot = offset(SOMMEILLES_CENTROID, 20, 90);
        SearchableVenue weekdays = searchable(venue("w", details("W", depot).horaires("Mo-Fr 09:00-17:00")));
        SearchableVenue sunday = searchable(venue("s", details("S", depot).horaires("Su 10:00-12:00")));
        SearchableVenue lateFriday = searchable(venue("l", details("L", depot).horaires("Fr 16:00-18:30")));
        SearchableVenue saturdayEveningHere = searchable(venue("h", details("H", depot).itinerance("Itinérant")
                .horaires("Mo-Fr 09:00-17:00"),
                List.of(new MobileStop(SOMMEILLES, 6, "17:00", "19:00", null)), false, 1));
        SearchableVenue saturdayEveningElsewhere = searchable(venue("e", details("E", depot).itinerance("Itinérant")
                .horaires("Mo-Fr 09:00-17:00"),
                List.of(new MobileStop(SearchFixtures.REVIGNY, 6, "17:00", "19:00", null)), false, 1));

        assertThat(missing(Constraint.WEEKEND, weekdays)).contains("fermé le week-end");
        assertThat(missing(Constraint.WEEKEND, sunday)).isEmpty();
        assertThat(missing(Constraint.WEEKEND, saturdayEveningHere)).isEmpty();
        assertThat(missing(Constraint.WEEKEND, saturdayEveningElsewhere)).contains("fermé le week-end");
        assertThat(missing(Constraint.EVENING, weekdays)).contains("pas d'ouverture après 18 h");
        assertThat(missing(Constraint.EVENING, lateFriday)).isEmpty();
        assertThat(missing(Constraint.EVENING, saturdayEveningHere)).isEmpty();
        assertThat(missing(Constraint.EVENING, saturdayEveningElsewhere)).contains("pas d'ouverture après 18 h");
    }

    @Test
    void mobileIsMetOnlyByAStopInTheCommuneAndAnItinerantVenueStoppingElsewhereSaysSo() {
        SearchableVenue fixed = searchable(venue("f", details("Fixe", SOMMEILLES_CENTROID)));
        SearchableVenue itinerantNoStops = searchable(venue("i", details("Itinérant", SOMMEILLES_CENTROID)
                .itinerance("Itinérant")));
        SearchableVenue busElsewhere = searchable(venue("e", details("Ailleurs", SOMMEILLES_CENTROID)
                .itinerance("Itinérant"),
                List.of(new MobileStop(SearchFixtures.REVIGNY, 2, "14:00", "16:00", null)), false, 1));
        SearchableVenue busHere = searchable(venue("h", details("Ici", offset(SOMMEILLES_CENTROID, 30, 0))
                .itinerance("Itinérant"),
                List.of(new MobileStop(SOMMEILLES, 2, "14:00", "16:00", null)), false, 1));

        assertThat(missing(Constraint.MOBILE, fixed)).contains("pas itinérant");
        assertThat(missing(Constraint.MOBILE, itinerantNoStops)).contains("ne passe pas dans votre commune");
        assertThat(missing(Constraint.MOBILE, busElsewhere)).contains("ne passe pas dans votre commune");
        assertThat(missing(Constraint.MOBILE, busHere)).isEmpty();
        assertThat(reasons(fixed, query(Set.of(Constraint.MOBILE)))).containsExactly("à 0,0 km", "pas itinérant",
                "horaires non renseignés");
    }

    @Test
    void accessibleIsMetOnlyByTheSupportAskedFor() {
        SearchableVenue deafSupport = searchable(venue("s", details("S", SOMMEILLES_CENTROID)
                .priseEnChargeSpecifique("Surdité")));
        SearchableVenue none = searchable(venue("n", details("N", SOMMEILLES_CENTROID)));
        SearchQuery anySupport = query(Set.of(Constraint.ACCESSIBLE));
        SearchQuery illiteracy = new SearchQuery(SearchFixtures.ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID,
                Set.of(Constraint.ACCESSIBLE), "Illettrisme", SATURDAY_MORNING, 10);

        assertThat(MatchScore.missing(Constraint.ACCESSIBLE, deafSupport, anySupport, List.of())).isEmpty();
        assertThat(MatchScore.missing(Constraint.ACCESSIBLE, deafSupport, illiteracy, List.of()))
                .contains("pas de prise en charge « Illettrisme » indiquée (seulement : Surdité)");
        assertThat(MatchScore.missing(Constraint.ACCESSIBLE, none, anySupport, List.of()))
                .contains("pas de prise en charge spécifique indiquée");
    }

    @Test
    void whenIsSaidAsASecretaryWouldSayIt() {
        assertThat(MatchScore.when(LocalDateTime.of(2026, 7, 11, 14, 0), SATURDAY_MORNING)).isEqualTo(
                "aujourd'hui 14h");
        assertThat(MatchScore.when(LocalDateTime.of(2026, 7, 12, 9, 30), SATURDAY_MORNING)).isEqualTo(
                "demain 9h30");
        assertThat(MatchScore.when(LocalDateTime.of(2026, 7, 14, 14, 0), SATURDAY_MORNING)).isEqualTo(
                "mardi 14h");
        assertThat(MatchScore.when(LocalDateTime.of(2026, 7, 20, 9, 0), SATURDAY_MORNING)).isEqualTo(
                "lundi 20 juillet 9h");
    }

    @Test
    void noVenueEverScoresAboveTheBoundOfItsDistance() {
        Random random = new Random(7);
        List<String> hours = List.of("Mo-Fr 09:00-12:00", "Sa 09:00-12:00", "Tu 17:00-20:00", "24/7", "off");
        for (int i = 0; i < 500; i++) {
            SearchableVenue venue = searchable(venue("v" + i, details("V", offset(SOMMEILLES_CENTROID,
                    random.nextDouble() * 60, random.nextDouble() * 360))
                    .horaires(hours.get(random.nextInt(hours.size())))
                    .fraisACharge(random.nextBoolean() ? "Gratuit" : "Payant")
                    .priseEnChargeSpecifique(random.nextBoolean() ? List.of("Surdité") : List.of())));
            SearchQuery query = query(EnumSet.of(Constraint.values()[random.nextInt(5)],
                    Constraint.values()[random.nextInt(5)]));
            MatchScore.Facts facts = facts(venue, query);

            assertThat(MatchScore.score(venue, query, facts)).isLessThanOrEqualTo(
                    MatchScore.upperBound(facts.distanceKm()) + 1e-9);
        }
    }
}
