package fr.inclusion.orientation.venue.search.domain;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/** Venues and queries for the search tests; centroids from the reference module's departements/55.csv. */
final class SearchFixtures {

    static final String ADMIN_HELP = "Aide aux démarches administratives";
    static final String SOMMEILLES = "55493";
    static final GeoPoint SOMMEILLES_CENTROID = new GeoPoint(48.91558, 4.96817);
    static final String REVIGNY = "55427";
    static final GeoPoint REVIGNY_CENTROID = new GeoPoint(48.82688, 4.97707);
    static final Map<String, GeoPoint> CENTROIDS = Map.of(SOMMEILLES, SOMMEILLES_CENTROID, REVIGNY,
            REVIGNY_CENTROID);
    static final Function<String, Optional<GeoPoint>> CENTROID_OF = code -> Optional.ofNullable(CENTROIDS.get(code));
    /** Saturday 11 July 2026, 10:00 in Paris. */
    static final LocalDateTime SATURDAY_MORNING = LocalDateTime.of(2026, 7, 11, 10, 0);

    private SearchFixtures() {
    }

    static VenueDetails.Builder details(String name, GeoPoint at) {
        return VenueDetails.builder()
                .pivot("00000000000001")
                .nom(name)
                .commune("Quelque part")
                .codePostal("55800")
                .adresse("1 rue de l'Exemple")
                .latitude(at == null ? null : at.latitude())
                .longitude(at == null ? null : at.longitude())
                .dateMaj(LocalDate.of(2026, 1, 1))
                .services(ADMIN_HELP)
                .itinerance("Fixe");
    }

    static Venue venue(String id, VenueDetails.Builder details) {
        return Venue.restore(id, details.build(), List.of(), false, true, 1);
    }

    static Venue venue(String id, VenueDetails.Builder details, List<MobileStop> stops, boolean paused,
            long version) {
        return Venue.restore(id, details.build(), stops, paused, true, version);
    }

    static SearchableVenue searchable(Venue venue) {
        return SearchableVenue.of(venue, CENTROID_OF);
    }

    static SearchQuery query(Set<Constraint> constraints) {
        return new SearchQuery(ADMIN_HELP, SOMMEILLES, SOMMEILLES_CENTROID, constraints, null, SATURDAY_MORNING,
                10);
    }

    /** A point {@code km} away from {@code from}, towards {@code bearingDegrees} (0 = north). */
    static GeoPoint offset(GeoPoint from, double km, double bearingDegrees) {
        double angular = km / GeoPoint.EARTH_RADIUS_KM;
        double bearing = Math.toRadians(bearingDegrees);
        double lat1 = Math.toRadians(from.latitude());
        double lon1 = Math.toRadians(from.longitude());
        double lat2 = Math.asin(Math.sin(lat1) * Math.cos(angular)
                + Math.cos(lat1) * Math.sin(angular) * Math.cos(bearing));
        double lon2 = lon1 + Math.atan2(Math.sin(bearing) * Math.sin(angular) * Math.cos(lat1),
                Math.cos(angular) - Math.sin(lat1) * Math.sin(lat2));
        return new GeoPoint(Math.toDegrees(lat2), Math.toDegrees(lon2));
    }
}
