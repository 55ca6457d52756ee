package fr.inclusion.orientation.venue.search.domain;

import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.ADMIN_HELP;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.CENTROID_OF;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.REVIGNY_CENTROID;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SATURDAY_MORNING;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SOMMEILLES;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.SOMMEILLES_CENTROID;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.details;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.offset;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.query;
import static fr.inclusion.orientation.venue.search.domain.SearchFixtures.venue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.reference.standard.NationalStandard;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

class VenueIndexTest {

    private final VenueIndex index = new VenueIndex(CENTROID_OF);

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.venue().id()).toList();
    }

    @Test
    void onASaturdayAVenueOpenOnSaturdayRanksAboveACloserWeekdayOnlyOne() {
        index.apply(venue("revigny-saturday", details("Ouvert le samedi", REVIGNY_CENTROID)
                .horaires("Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00")));
        index.apply(venue("close-weekdays", details("En semaine", offset(SOMMEILLES_CENTROID, 3, 200))
                .horaires("Mo-Fr 09:00-12:00,14:00-17:00")));

        List<Match> found = index.search(query(Set.of(Constraint.WEEKEND)));

        assertThat(ids(found)).containsExactly("revigny-saturday", "close-weekdays");
        assertThat(found.get(0).distanceKm()).isGreaterThan(found.get(1).distanceKm());
        assertThat(found.get(0).reasons()).contains("ouvert le samedi", "ouvert en ce moment");
        assertThat(found.get(1).reasons()).contains("fermé le week-end", "prochaine ouverture lundi 9h");
        assertThat(found.get(0).nextOpening()).contains(SATURDAY_MORNING);
    }

    @Test
    void withFreeAPayingVenueNeverRanksAboveAFreeOneAtASimilarDistance() {
        Random random = new Random(2026);
        List<String> hours = List.of("Mo-Fr 09:00-12:00,14:00-17:00", "Sa 09:00-12:00", "Tu 17:00-20:00", "24/7",
                "We 14:00-18:00; PH off");
        for (int trial = 0; trial < 300; trial++) {
            VenueIndex fresh = new VenueIndex(CENTROID_OF);
            double km = random.nextDouble() * 40;
            GeoPoint free = offset(SOMMEILLES_CENTROID, km, random.nextDouble() * 360);
            GeoPoint paying = offset(SOMMEILLES_CENTROID, Math.max(0, km + random.nextDouble() * 2 - 1),
                    random.nextDouble() * 360);
            fresh.apply(venue("free", details("Gratuit", free).fraisACharge("Gratuit")
                    .horaires(hours.get(random.nextInt(hours.size())))));
            fresh.apply(venue("paying", details("Payant", paying).fraisACharge("Payant")
                    .horaires(hours.get(random.nextInt(hours.size())))));
            LocalDateTime at = SATURDAY_MORNING.plusMinutes(random.nextInt(7 * 24 * 60));
            SearchQuery query = new SearchQuery(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID,
                    Set.of(Constraint.FREE), null, at, 10);

            assertThat(ids(fresh.search(query))).as("trial %d at %s km, %s", trial, km, at)
                    .containsExactly("free", "paying");
        }
    }

    @Test
    void onlyVenuesOfferingTheNeedAreFound() {
        index.apply(venue("admin", details("Démarches", SOMMEILLES_CENTROID)));
        index.apply(venue("internet", details("Internet", SOMMEILLES_CENTROID)
                .services("Accès internet et matériel informatique")));

        assertThat(ids(index.search(query(Set.of())))).containsExactly("admin");
        assertThat(index.search(new SearchQuery("Loisirs et créations numériques", SOMMEILLES,
                SOMMEILLES_CENTROID, Set.of(), null, SATURDAY_MORNING, 10))).isEmpty();
    }

    @Test
    void aWithdrawnVenueLeavesTheIndex() {
        VenueDetails.Builder details = details("Retiré", SOMMEILLES_CENTROID);
        index.apply(venue("gone", details));
        index.apply(Venue.restore("gone", details.build(), List.of(), false, false, 2));

        assertThat(index.search(query(Set.of()))).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void anUpdateMovesTheVenueAndAnOlderVersionArrivingLateChangesNothing() {
        index.apply(venue("moving", details("Déménage", offset(SOMMEILLES_CENTROID, 40, 0)), List.of(), false, 1));
        index.apply(venue("moving", details("Déménage", SOMMEILLES_CENTROID), List.of(), false, 3));
        index.apply(venue("moving", details("Déménage", offset(SOMMEILLES_CENTROID, 40, 0)), List.of(), false, 2));

        List<Match> found = index.search(query(Set.of()));
        assertThat(found).singleElement().satisfies(match -> {
            assertThat(match.distanceKm()).isCloseTo(0, within(0.01));
            assertThat(match.venue().version()).isEqualTo(3);
        });
    }

    @Test
    void aVenueWithoutCoordinatesStandsAtItsCommunesCentroid() {
        index.apply(venue("no-coordinates", details("Sans coordonnées", null).codeInsee("55427")));

        assertThat(index.search(query(Set.of()))).singleElement()
                .satisfies(m -> assertThat(m.distanceKm()).isCloseTo(
                        SOMMEILLES_CENTROID.distanceKm(REVIGNY_CENTROID), within(0.01)));
    }

    @Test
    void aMobileVenueStoppingInTheCommuneIsAtZeroKilometresWithItsNextStop() {
        index.apply(venue("bus", details("Bus", offset(SOMMEILLES_CENTROID, 30, 180)).itinerance("Itinérant"),
                List.of(new MobileStop(SOMMEILLES, 2, "14:00", "16:00", "place de la Mairie")), false, 1));

        Match match = index.search(query(Set.of(Constraint.MOBILE))).getFirst();
        assertThat(match.distanceKm()).isZero();
        assertThat(match.nextMobileStop()).get().extracting(SearchableVenue.NextStop::at)
                .isEqualTo(LocalDateTime.of(2026, 7, 14, 14, 0));
        assertThat(index.nearest(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID)).get()
                .satisfies(n -> assertThat(n.distanceKm()).isZero());
    }

    @Test
    void aPausedVenueIsListedBelowOneTakingReferralsAFewKilometresFurther() {
        index.apply(venue("paused", details("En pause", SOMMEILLES_CENTROID), List.of(), true, 1));
        index.apply(venue("taking", details("Accueille", offset(SOMMEILLES_CENTROID, 8, 90))));

        assertThat(ids(index.search(query(Set.of())))).containsExactly("taking", "paused");
    }

    @Test
    void theGridFindsExactlyWhatAFullScanWouldRank() {
        Random random = new Random(11);
        List<SearchableVenue> all = new ArrayList<>();
        List<String> hours = List.of("Mo-Fr 09:00-12:00,14:00-17:00", "Sa 09:00-12:00", "Tu 17:00-20:00",
                "Mo-Fr 09:00-17:00; PH off", "Jul-Aug We 10:00-12:00");
        List<String> supports = List.of("Surdité", "Handicaps moteurs");
        for (int i = 0; i < 6000; i++) {
            GeoPoint at = new GeoPoint(42.5 + random.nextDouble() * 8.5, -4.5 + random.nextDouble() * 12.5);
            VenueDetails.Builder details = details("Lieu " + i, at)
                    .services(NationalStandard.SERVICES.get(random.nextInt(3)))
                    .fraisACharge(NationalStandard.FRAIS_A_CHARGE.get(random.nextInt(3)))
                    .horaires(hours.get(random.nextInt(hours.size())))
                    .priseEnChargeSpecifique(random.nextInt(4) == 0
                            ? List.of(supports.get(random.nextInt(2))) : List.of());
            List<MobileStop> stops = List.of();
            if (random.nextInt(100) == 0) {
                details.itinerance("Itinérant");
                stops = List.of(new MobileStop(random.nextBoolean() ? SOMMEILLES : SearchFixtures.REVIGNY,
                        1 + random.nextInt(7), "17:00", "19:00", null));
            }
            Venue venue = venue(String.format("v%05d", i), details, stops, random.nextInt(20) == 0, 1);
            index.apply(venue);
            all.add(SearchableVenue.of(venue, CENTROID_OF));
        }
        for (int q = 0; q < 60; q++) {
            boolean fromSommeilles = q % 4 == 0;
            GeoPoint origin = fromSommeilles ? SOMMEILLES_CENTROID
                    : new GeoPoint(43 + random.nextDouble() * 7, -3 + random.nextDouble() * 10);
            Set<Constraint> constraints = new java.util.HashSet<>();
            for (int c = 0, n = 1 + random.nextInt(3); c < n; c++) {
                constraints.add(Constraint.values()[random.nextInt(5)]);
            }
            SearchQuery query = new SearchQuery(NationalStandard.SERVICES.get(q % 3),
                    fromSommeilles ? SOMMEILLES : "00000", origin, constraints,
                    random.nextBoolean() ? null : supports.get(random.nextInt(2)),
                    SATURDAY_MORNING.plusHours(q * 7), 1 + random.nextInt(20));

            // tier (constraints missed) first, then score, distance, id
            List<String> expected = all.stream()
                    .filter(v -> v.services().contains(query.need()))
                    .filter(v -> Double.isFinite(v.distanceKm(origin)))
                    .map(v -> {
                        MatchScore.Facts facts = MatchScore.Facts.of(v, query, v.distanceKm(origin));
                        return new Object[] {v.id(), MatchScore.score(v, query, facts), facts.distanceKm(),
                            MatchScore.missed(v, query, facts.stopsHere()).size()};
                    })
                    .sorted(Comparator.<Object[]>comparingInt(o -> (int) o[3])
                            .thenComparingDouble(o -> -(double) o[1])
                            .thenComparingDouble(o -> (double) o[2]).thenComparing(o -> (String) o[0]))
                    .limit(query.limit())
                    .map(o -> (String) o[0])
                    .toList();
            List<Match> found = index.search(query);
            assertThat(ids(found)).as("query %d %s", q, constraints).isEqualTo(expected);
            for (int i = 1; i < found.size(); i++) {
                assertThat(found.get(i).missed().size()).isGreaterThanOrEqualTo(found.get(i - 1).missed().size());
            }

            SearchableVenue nearest = all.stream().filter(v -> v.services().contains(query.need()))
                    .min(Comparator.comparingDouble(v -> v.stopsIn(query.commune()).isEmpty()
                            ? v.distanceKm(origin) : 0)).orElseThrow();
            double nearestKm = nearest.stopsIn(query.commune()).isEmpty() ? nearest.distanceKm(origin) : 0;
            assertThat(index.nearest(query.need(), query.commune(), origin)).get()
                    .satisfies(n -> assertThat(n.distanceKm()).isEqualTo(nearestKm));
        }
    }

    @Test
    void searchesDuringChangesSeeEachVenueOnceAndWhole() throws Exception {
        for (int i = 0; i < 2000; i++) {
            index.apply(venue("v" + i, details("Lieu", offset(SOMMEILLES_CENTROID, i % 50, i % 360)),
                    List.of(), false, 1));
        }
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            Future<?> writer = threads.submit(() -> {
                for (int version = 2; version < 40; version++) {
                    for (int i = 0; i < 2000; i += 7) {
                        index.apply(venue("v" + i, details("Lieu", offset(SOMMEILLES_CENTROID,
                                (i + version) % 50, i % 360)), List.of(), false, version));
                    }
                }
            });
            while (!writer.isDone()) {
                List<String> found = ids(index.search(new SearchQuery(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID,
                        Set.of(), null, SATURDAY_MORNING, 50)));
                assertThat(found).hasSize(50).doesNotHaveDuplicates();
            }
            writer.get(30, TimeUnit.SECONDS);
        } finally {
            threads.shutdownNow();
        }
        assertThat(index.size()).isEqualTo(2000);
    }
}
