package fr.inclusion.orientation.venue.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.venue.search.domain.Constraint;
import fr.inclusion.orientation.venue.search.domain.GeoPoint;
import fr.inclusion.orientation.venue.search.domain.Match;
import fr.inclusion.orientation.venue.search.domain.SearchQuery;
import fr.inclusion.orientation.venue.search.domain.VenueIndex;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.persistence.ReferenceCommunes;
import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.domain.Venue;

/**
 * The search over the real demo dataset ({@code demo/venues.json}) and the real reference communes: a secretary in
 * Sommeilles (55493) looking for help with administrative procedures for a resident who is free only at the
 * weekend. The Maxillien bus stops in Sommeilles (0 km) on Tuesdays only; France Services in Revigny (~10 km) opens
 * on Saturday mornings.
 */
class DemoDataSearchTest {

    private static final String ADMIN_HELP = "Aide aux démarches administratives";
    private static final String SOMMEILLES = "55493";
    private static final String FRANCE_SERVICES = "demo-revigny-france-services";
    private static final String BUS = "demo-revigny-maxillien";
    /** Saturday 11 July 2026, 10:00 in Paris. */
    private static final LocalDateTime SATURDAY_MORNING = LocalDateTime.of(2026, 7, 11, 10, 0);

    private static VenueIndex index;
    private static GeoPoint sommeilles;

    @BeforeAll
    static void loadTheDemoData() throws Exception {
        ReferenceCommunes communes = ReferenceCommunes.bundled();
        index = new VenueIndex(code -> communes.byCode(code).map(c -> new GeoPoint(c.latitude(), c.longitude())));
        try (InputStream in = DemoDataSearchTest.class.getResourceAsStream("/demo/venues.json")) {
            List<StandardVenue> venues = JsonMapper.builder().build().readerForListOf(StandardVenue.class)
                    .readValue(in);
            for (StandardVenue venue : venues) {
                index.apply(Venue.restore(venue.id(), venue.toDetails(), venue.toStops(), false, true, 1));
            }
        }
        Commune commune = communes.byCode(SOMMEILLES).orElseThrow();
        sommeilles = new GeoPoint(commune.latitude(), commune.longitude());
    }

    private static List<Match> search(Set<Constraint> constraints, LocalDateTime at) {
        return index.search(new SearchQuery(ADMIN_HELP, SOMMEILLES, sommeilles, constraints, null, at, 10));
    }

    private static List<String> ids(List<Match> matches) {
        return matches.stream().map(m -> m.venue().id()).toList();
    }

    @Test
    void forTheWeekendAndFreeThePlaceOpenOnSaturdayRanksAboveTheBusWhichSaysItIsClosedAtTheWeekend() {
        List<Match> found = search(Set.of(Constraint.WEEKEND, Constraint.FREE), SATURDAY_MORNING);

        assertThat(ids(found)).containsExactly(FRANCE_SERVICES, BUS);
        Match franceServices = found.get(0);
        Match bus = found.get(1);
        assertThat(franceServices.meetsConstraints()).isTrue();
        assertThat(franceServices.missed()).isEmpty();
        assertThat(franceServices.reasons()).containsExactly("à 9,6 km", "gratuit", "ouvert le samedi",
                "ouvert en ce moment");
        assertThat(bus.meetsConstraints()).isFalse();
        assertThat(bus.missed()).containsExactly(Constraint.WEEKEND);
        assertThat(bus.reasons()).containsExactly(
                "le bus passe dans votre commune mardi 14h (Parking de la mairie de Sommeilles)", "gratuit",
                "fermé le week-end", "prochaine ouverture lundi 9h30");
        // the bus is nearer and scores higher: only the requirement puts it second
        assertThat(bus.distanceKm()).isZero();
        assertThat(bus.score()).isGreaterThan(franceServices.score());
    }

    @Test
    void forTheWeekendThePlaceOpenOnSaturdayRanksAboveTheBusAtEveryHourOfTheWeek() {
        for (Set<Constraint> constraints : List.of(Set.of(Constraint.WEEKEND),
                Set.of(Constraint.WEEKEND, Constraint.FREE), Set.of(Constraint.WEEKEND, Constraint.ACCESSIBLE))) {
            for (int hour = 0; hour < 7 * 24; hour++) {
                LocalDateTime at = SATURDAY_MORNING.plusHours(hour);
                List<Match> found = search(constraints, at);

                assertThat(ids(found)).as("%s at %s", constraints, at).containsExactly(FRANCE_SERVICES, BUS);
                assertThat(found.get(1).reasons()).as("%s at %s", constraints, at).contains("fermé le week-end");
            }
        }
    }

    @Test
    void whenTheResidentCannotTravelTheBusStoppingInSommeillesComesFirst() {
        List<Match> found = search(Set.of(Constraint.MOBILE), SATURDAY_MORNING);

        assertThat(ids(found)).containsExactly(BUS, FRANCE_SERVICES);
        assertThat(found.get(0).missed()).isEmpty();
        assertThat(found.get(1).missed()).containsExactly(Constraint.MOBILE);
        assertThat(found.get(1).reasons()).contains("pas itinérant");
    }
}
