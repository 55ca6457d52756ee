package fr.inclusion.orientation.venue.search.domain;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import fr.inclusion.orientation.venue.directory.domain.InvalidOpeningHoursException;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.OpeningHours;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/**
 * A listed venue as the search needs it, computed once per version of the venue: its positions, hours parsed,
 * stops by commune and fee level, so that a query only reads.
 *
 * <p>Positions: the venue's coordinates, or else the centroid of its {@code code_insee} commune; for a mobile
 * venue, also the centroid of every commune where it stops (it comes to the resident there). A venue with no
 * position at all is found only through its stops.
 */
public final class SearchableVenue {

    private static final int EVENING_FROM = OpeningHours.EVENING_FROM;
    private static final int PARSED_HOURS_MAX = 20_000;
    private static final Map<String, OpeningHours> PARSED_HOURS = new ConcurrentHashMap<>();

    private final Venue venue;
    private final OpeningHours hours;
    private final double[] latitudes;
    private final double[] longitudes;
    private final Map<String, List<MobileStop>> stopsByCommune;
    private final Fee fee;

    private SearchableVenue(Venue venue, OpeningHours hours, double[] latitudes, double[] longitudes,
            Map<String, List<MobileStop>> stopsByCommune, Fee fee) {
        this.venue = venue;
        this.hours = hours;
        this.latitudes = latitudes;
        this.longitudes = longitudes;
        this.stopsByCommune = stopsByCommune;
        this.fee = fee;
    }

    /**
     * @param centroids the centroid of a commune by INSEE code, when known
     */
    public static SearchableVenue of(Venue venue, Function<String, Optional<GeoPoint>> centroids) {
        VenueDetails details = venue.details();
        List<GeoPoint> positions = new ArrayList<>();
        if (details.latitude() != null && details.longitude() != null) {
            positions.add(new GeoPoint(details.latitude(), details.longitude()));
        } else if (details.codeInsee() != null) {
            centroids.apply(details.codeInsee()).ifPresent(positions::add);
        }
        Map<String, List<MobileStop>> stops = new LinkedHashMap<>();
        for (MobileStop stop : venue.stops()) {
            stops.computeIfAbsent(stop.commune(), c -> new ArrayList<>()).add(stop);
        }
        // a commune's centroid is one position however many stops the venue makes there
        for (String commune : stops.keySet()) {
            centroids.apply(commune).filter(p -> !positions.contains(p)).ifPresent(positions::add);
        }
        stops.replaceAll((commune, list) -> List.copyOf(list));
        double[] latitudes = positions.stream().mapToDouble(GeoPoint::latitude).toArray();
        double[] longitudes = positions.stream().mapToDouble(GeoPoint::longitude).toArray();
        return new SearchableVenue(venue, hours(details.horaires()), latitudes, longitudes, Map.copyOf(stops),
                Fee.of(details.fraisACharge()));
    }

    /**
     * Hours written before they were checked may not parse: such a venue is treated as having none. Parsed hours
     * are immutable and many venues share the same text ("Mo-Fr 09:00-12:00,14:00-17:00"), so they are parsed once
     * per text; the cache is dropped whole past {@value #PARSED_HOURS_MAX} texts, which bounds it without a
     * replacement policy.
     */
    private static OpeningHours hours(String text) {
        if (text == null) {
            return null;
        }
        OpeningHours cached = PARSED_HOURS.get(text);
        if (cached != null) {
            return cached;
        }
        try {
            OpeningHours parsed = OpeningHours.parse(text);
            if (PARSED_HOURS.size() >= PARSED_HOURS_MAX) {
                PARSED_HOURS.clear();
            }
            PARSED_HOURS.put(text, parsed);
            return parsed;
        } catch (InvalidOpeningHoursException e) {
            return null;
        }
    }

    public Venue venue() {
        return venue;
    }

    public String id() {
        return venue.id();
    }

    public long version() {
        return venue.version();
    }

    public List<String> services() {
        return venue.details().services();
    }

    public Optional<OpeningHours> hours() {
        return Optional.ofNullable(hours);
    }

    public boolean intakePaused() {
        return venue.intakePaused();
    }

    public Fee fee() {
        return fee;
    }

    /** Its {@code itinerance} says {@code Itinérant} (it travels; whether it comes to a commune is its stops'). */
    public boolean itinerant() {
        return venue.details().isMobile();
    }

    int positionCount() {
        return latitudes.length;
    }

    double latitude(int i) {
        return latitudes[i];
    }

    double longitude(int i) {
        return longitudes[i];
    }

    /** Communes where the venue stops. */
    public Set<String> stopCommunes() {
        return stopsByCommune.keySet();
    }

    /** Its stops in a commune (empty when it does not stop there). */
    public List<MobileStop> stopsIn(String commune) {
        return stopsByCommune.getOrDefault(commune, List.of());
    }

    /** Distance from a point to the nearest of its positions, in km; infinite when it has none. */
    public double distanceKm(GeoPoint from) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < latitudes.length; i++) {
            best = Math.min(best, GeoPoint.distanceKm(from.latitude(), from.longitude(), latitudes[i],
                    longitudes[i]));
        }
        return best;
    }

    /** Its own hours open on Saturday, or one of these stops is on a Saturday. */
    boolean saturday(List<MobileStop> stopsHere) {
        return (hours != null && hours.opensOnSaturday()) || stopsHere.stream()
                .anyMatch(s -> s.weekday() == DayOfWeek.SATURDAY.getValue());
    }

    boolean sunday(List<MobileStop> stopsHere) {
        return (hours != null && hours.opensOnSunday()) || stopsHere.stream()
                .anyMatch(s -> s.weekday() == DayOfWeek.SUNDAY.getValue());
    }

    /** Open (or stopping here) at or after 18:00 on some day. */
    boolean evening(List<MobileStop> stopsHere) {
        return (hours != null && hours.opensInEvening()) || stopsHere.stream()
                .anyMatch(s -> s.end().getHour() * 60 + s.end().getMinute() > EVENING_FROM);
    }

    public List<String> specificSupport() {
        return venue.details().priseEnChargeSpecifique();
    }

    /** The next of these stops after {@code at}, with its date. */
    static Optional<NextStop> nextStop(List<MobileStop> stops, LocalDateTime at) {
        NextStop best = null;
        for (MobileStop stop : stops) {
            LocalDateTime next = stop.nextOccurrence(at);
            if (best == null || next.isBefore(best.at())) {
                best = new NextStop(stop, next);
            }
        }
        return Optional.ofNullable(best);
    }

    @Override
    public String toString() {
        return "SearchableVenue[" + venue.id() + " v" + venue.version() + "]";
    }

    /** A stop of a mobile venue and when it next takes place (Europe/Paris wall-clock time). */
    public record NextStop(MobileStop stop, LocalDateTime at) {
    }

    /**
     * What the venue costs, from {@code frais_a_charge}: the most favourable value listed (some of its services may
     * cost, the resident's may not).
     *
     * @param match how well it meets "free": 1 Gratuit, 0.5 Gratuit sous condition, 0.25 not said, 0 Payant
     * @param label in French for the reasons, null when not said
     */
    public record Fee(double match, String label) {

        /** Meets "free" as a requirement: {@code Gratuit} or {@code Gratuit sous condition}. */
        public boolean free() {
            return match >= 0.5;
        }

        static Fee of(List<String> fees) {
            if (fees.contains("Gratuit")) {
                return new Fee(1, "gratuit");
            }
            if (fees.contains("Gratuit sous condition")) {
                return new Fee(0.5, "gratuit sous condition");
            }
            if (fees.contains("Payant")) {
                return new Fee(0, "payant");
            }
            return new Fee(0.25, null);
        }
    }
}
