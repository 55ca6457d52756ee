package fr.inclusion.orientation.venue.search.domain;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;

/**
 * How well a venue answers a search: a score from 0 to 100 (higher ranks first within a tier) and the reasons, in
 * French, that a secretary can read out to the resident.
 *
 * <pre>
 * score     = 100 × proximity × fit × intake
 * proximity = exp(−distanceKm / 15)                           1 at 0 km, 0.51 at 10 km, 0.26 at 20 km, 0.05 at 45 km
 * fit       = (1 + 2 × Σ match(c) + 0.5 × soon) / (1 + 2 × |C| + 0.5)        C = the constraints asked for
 * intake    = 0.1 when the venue paused its intake of referrals, else 1
 *
 * distanceKm      0 when the venue (mobile) stops in the resident's commune, else the haversine distance from the
 *                 commune's centroid to the nearest position of the venue (its coordinates, or its commune's
 *                 centroid, and for a mobile venue the centroids of the communes where it stops)
 * match(free)       1 Gratuit · 0.5 Gratuit sous condition · 0.25 not said · 0 Payant (the best value listed)
 * match(weekend)    1 when open on Saturday or Sunday (or stopping in the commune on those days), else 0
 * match(evening)    1 when open at or after 18:00 on some day (or stopping in the commune then), else 0
 * match(accessible) 1 when prise_en_charge_specifique lists the support asked for (any, when none is named),
 *                   0.5 when it lists only other kinds of support, 0 when empty
 * match(mobile)     1 when the venue stops in the resident's commune, else 0
 * soon            exp(−hours until the venue is next open / 48): 1 when open now, 0.61 in a day, 0.22 in three
 *                 days, 0 when its hours are not given; the next stop in the resident's commune counts as an opening
 * </pre>
 *
 * <p>What follows from the weights: a constraint met doubles the fit at least (one constraint: 3.5/3.5 against at
 * most 1.5/3.5), which outweighs 15 × ln 2 ≈ 10 km of distance (whether a constraint is met at all decides the tier,
 * below). The next opening only breaks near-ties (at most a factor 1.5 with no constraint). Intake paused is
 * <em>penalised, not excluded</em>: the venue still shows, with the reason "accueil des orientations suspendu",
 * below every venue of its tier that takes referrals within about 35 km (15 × ln 10), so that a secretary knows it
 * exists but sends the resident elsewhere.
 *
 * <p>The score orders venues <em>within a tier</em>: every constraint asked for is a requirement
 * ({@link #missing}), so the index ranks first the venues meeting all of them, then those missing one, then two…,
 * by score within each tier, whatever the distance; the reasons name what each venue misses. The fit still counts
 * partial matches (a venue "gratuit sous condition" meets "free" but scores below a "gratuit" one at the same
 * distance).
 *
 * <p>Whatever the fit, a venue {@code d} km away scores at most {@link #upperBound(double) 100 × exp(−d / 15)}: the
 * index uses that bound to stop scanning once no further venue can enter the results.
 */
public final class MatchScore {

    public static final double DISTANCE_SCALE_KM = 15;
    public static final double CONSTRAINT_WEIGHT = 2;
    public static final double OPENING_WEIGHT = 0.5;
    public static final double OPENING_SCALE_HOURS = 48;
    public static final double PAUSED_FACTOR = 0.1;

    private static final Locale FRENCH = Locale.FRANCE;

    private MatchScore() {
    }

    /** The best score any venue this far away can have. */
    public static double upperBound(double distanceKm) {
        return 100 * Math.exp(-distanceKm / DISTANCE_SCALE_KM);
    }

    /** Everything the score and the reasons need about one venue for one search, computed once. */
    public record Facts(double distanceKm, List<MobileStop> stopsHere, Optional<SearchableVenue.NextStop> nextStop,
            Optional<LocalDateTime> nextOpening) {

        public static Facts of(SearchableVenue venue, SearchQuery query, double distanceKm) {
            List<MobileStop> stopsHere = venue.stopsIn(query.commune());
            Optional<SearchableVenue.NextStop> nextStop = stopsHere.isEmpty() ? Optional.empty()
                    : SearchableVenue.nextStop(stopsHere, query.at());
            Optional<LocalDateTime> nextOpening = venue.hours().flatMap(h -> h.nextOpening(query.at()));
            return new Facts(stopsHere.isEmpty() ? distanceKm : 0, stopsHere, nextStop, nextOpening);
        }

        /** The sooner of the next opening and the next stop in the commune. */
        Optional<LocalDateTime> nextAvailable() {
            Optional<LocalDateTime> stop = nextStop.map(SearchableVenue.NextStop::at);
            if (nextOpening.isEmpty()) {
                return stop;
            }
            if (stop.isEmpty()) {
                return nextOpening;
            }
            return Optional.of(stop.get().isBefore(nextOpening.get()) ? stop.get() : nextOpening.get());
        }
    }

    public static double score(SearchableVenue venue, SearchQuery query, Facts facts) {
        double proximity = Math.exp(-facts.distanceKm() / DISTANCE_SCALE_KM);
        double met = 0;
        for (Constraint constraint : query.constraints()) {
            met += match(constraint, venue, query, facts);
        }
        double soon = facts.nextAvailable()
                .map(next -> Math.exp(-Math.max(0, Duration.between(query.at(), next).toMinutes()) / 60.0
                        / OPENING_SCALE_HOURS))
                .orElse(0.0);
        double fit = (1 + CONSTRAINT_WEIGHT * met + OPENING_WEIGHT * soon)
                / (1 + CONSTRAINT_WEIGHT * query.constraints().size() + OPENING_WEIGHT);
        double intake = venue.intakePaused() ? PAUSED_FACTOR : 1;
        return 100 * proximity * fit * intake;
    }

    /**
     * The best fit of a venue that does not stop in the resident's commune: it cannot meet "mobile". The index
     * considers the venues stopping there first, so this tightens its bound for all the others.
     */
    public static double bestFitWithoutStopHere(SearchQuery query) {
        int asked = query.constraints().size();
        int reachable = asked - (query.wants(Constraint.MOBILE) ? 1 : 0);
        return (1 + CONSTRAINT_WEIGHT * reachable + OPENING_WEIGHT) / (1 + CONSTRAINT_WEIGHT * asked
                + OPENING_WEIGHT);
    }

    /**
     * The score the venue would have if it were open right now: an upper bound of its score that needs neither its
     * hours' next opening nor the next stop, so that the index can pass over most venues without computing them.
     */
    public static double bestCase(SearchableVenue venue, SearchQuery query, double distanceKm,
            List<MobileStop> stopsHere) {
        double distance = stopsHere.isEmpty() ? distanceKm : 0;
        Facts open = new Facts(distance, stopsHere, Optional.empty(), Optional.of(query.at()));
        return score(venue, query, open);
    }

    static double match(Constraint constraint, SearchableVenue venue, SearchQuery query, Facts facts) {
        return switch (constraint) {
            case FREE -> venue.fee().match();
            case WEEKEND -> venue.saturday(facts.stopsHere()) || venue.sunday(facts.stopsHere()) ? 1 : 0;
            case EVENING -> venue.evening(facts.stopsHere()) ? 1 : 0;
            case MOBILE -> facts.stopsHere().isEmpty() ? 0 : 1;
            case ACCESSIBLE -> {
                List<String> support = venue.specificSupport();
                if (support.isEmpty()) {
                    yield 0;
                }
                yield query.support() == null || support.contains(query.support()) ? 1 : 0.5;
            }
        };
    }

    /**
     * The constraints asked for that the venue misses, in the order of {@link Constraint}: each is a requirement, so
     * the index ranks a venue missing fewer of them first whatever the score (ADR 0002, "constraints are
     * requirements").
     */
    public static List<Constraint> missed(SearchableVenue venue, SearchQuery query, List<MobileStop> stopsHere) {
        if (query.constraints().isEmpty()) {
            return List.of();
        }
        List<Constraint> missed = new ArrayList<>();
        for (Constraint constraint : Constraint.values()) {
            if (query.wants(constraint) && missing(constraint, venue, query, stopsHere).isPresent()) {
                missed.add(constraint);
            }
        }
        return missed;
    }

    /** How many of the constraints asked for the venue misses (its tier); cheap: no hours evaluated. */
    static int missedCount(SearchableVenue venue, SearchQuery query, List<MobileStop> stopsHere) {
        int missed = 0;
        for (Constraint constraint : query.constraints()) {
            missed += missing(constraint, venue, query, stopsHere).isPresent() ? 1 : 0;
        }
        return missed;
    }

    /**
     * What the venue lacks of one constraint, in French as the reasons say it (their one home), or empty when it
     * meets it:
     * <ul>
     * <li>free: met by {@code Gratuit} and {@code Gratuit sous condition}; else "payant" or "gratuité non
     * précisée";</li>
     * <li>weekend: met when open on Saturday or Sunday, or stopping in the commune on those days; else "fermé le
     * week-end";</li>
     * <li>evening: met when open (or stopping in the commune) at or after 18:00; else "pas d'ouverture après
     * 18 h";</li>
     * <li>mobile: met only by a stop in the resident's commune; else "ne passe pas dans votre commune" for an
     * {@code Itinérant} venue (it travels, not there) and "pas itinérant" for the others;</li>
     * <li>accessible: met when {@code prise_en_charge_specifique} lists the support asked for (any, when none is
     * named); else "pas de prise en charge spécifique indiquée" or "pas de prise en charge « … » indiquée
     * (seulement : …)".</li>
     * </ul>
     */
    static Optional<String> missing(Constraint constraint, SearchableVenue venue, SearchQuery query,
            List<MobileStop> stopsHere) {
        return switch (constraint) {
            case FREE -> venue.fee().free() ? Optional.empty()
                    : Optional.of(venue.fee().label() == null ? "gratuité non précisée" : venue.fee().label());
            case WEEKEND -> venue.saturday(stopsHere) || venue.sunday(stopsHere) ? Optional.empty()
                    : Optional.of("fermé le week-end");
            case EVENING -> venue.evening(stopsHere) ? Optional.empty() : Optional.of("pas d'ouverture après 18 h");
            case MOBILE -> !stopsHere.isEmpty() ? Optional.empty()
                    : Optional.of(venue.itinerant() ? "ne passe pas dans votre commune" : "pas itinérant");
            case ACCESSIBLE -> {
                List<String> support = venue.specificSupport();
                if (support.isEmpty()) {
                    yield Optional.of("pas de prise en charge spécifique indiquée");
                }
                if (query.support() != null && !support.contains(query.support())) {
                    yield Optional.of("pas de prise en charge « " + query.support() + " » indiquée (seulement : "
                            + String.join(", ", support) + ")");
                }
                yield Optional.empty();
            }
        };
    }

    /** Why the venue ranks where it does, in French, most telling first; names every constraint it misses. */
    public static List<String> reasons(SearchableVenue venue, SearchQuery query, Facts facts) {
        List<String> reasons = new ArrayList<>();
        List<MobileStop> stopsHere = facts.stopsHere();
        if (facts.nextStop().isPresent()) {
            SearchableVenue.NextStop next = facts.nextStop().get();
            reasons.add("le bus passe dans votre commune " + when(next.at(), query.at())
                    + (next.stop().place() == null ? "" : " (" + next.stop().place() + ")"));
        } else {
            reasons.add("à " + kilometres(facts.distanceKm()));
        }
        if (query.wants(Constraint.FREE)) {
            reasons.add(missing(Constraint.FREE, venue, query, stopsHere).orElse(venue.fee().label()));
        } else if (venue.fee().label() != null) {
            reasons.add(venue.fee().label());
        }
        boolean saturday = venue.saturday(stopsHere);
        boolean sunday = venue.sunday(stopsHere);
        if (saturday && sunday) {
            reasons.add("ouvert le samedi et le dimanche");
        } else if (saturday) {
            reasons.add("ouvert le samedi");
        } else if (sunday) {
            reasons.add("ouvert le dimanche");
        } else if (query.wants(Constraint.WEEKEND)) {
            reasons.add(missing(Constraint.WEEKEND, venue, query, stopsHere).orElseThrow());
        }
        if (venue.evening(stopsHere)) {
            reasons.add("ouvert après 18 h");
        } else if (query.wants(Constraint.EVENING)) {
            reasons.add(missing(Constraint.EVENING, venue, query, stopsHere).orElseThrow());
        }
        if (query.wants(Constraint.ACCESSIBLE)) {
            reasons.add(missing(Constraint.ACCESSIBLE, venue, query, stopsHere)
                    .orElse("prise en charge spécifique : " + String.join(", ", venue.specificSupport())));
        }
        if (query.wants(Constraint.MOBILE)) {
            missing(Constraint.MOBILE, venue, query, stopsHere).ifPresent(reasons::add);
        }
        if (venue.hours().isEmpty()) {
            reasons.add("horaires non renseignés");
        } else if (facts.nextOpening().isEmpty()) {
            reasons.add("aucune ouverture prévue dans l'année");
        } else if (!facts.nextOpening().get().isAfter(query.at())) {
            reasons.add("ouvert en ce moment");
        } else {
            reasons.add("prochaine ouverture " + when(facts.nextOpening().get(), query.at()));
        }
        if (venue.intakePaused()) {
            reasons.add("accueil des orientations suspendu");
        }
        return reasons;
    }

    /** "à 4,2 km", "à 12 km". */
    static String kilometres(double km) {
        return km < 10 ? String.format(FRENCH, "%.1f km", km) : Math.round(km) + " km";
    }

    /** "aujourd'hui 14h", "demain 9h30", "mardi 14h", "mardi 14 juillet 9h". */
    static String when(LocalDateTime moment, LocalDateTime now) {
        long days = ChronoUnit.DAYS.between(now.toLocalDate(), moment.toLocalDate());
        String day;
        if (days == 0) {
            day = "aujourd'hui";
        } else if (days == 1) {
            day = "demain";
        } else {
            day = moment.getDayOfWeek().getDisplayName(TextStyle.FULL, FRENCH);
            if (days >= 7) {
                day += " " + moment.getDayOfMonth() + " " + moment.getMonth().getDisplayName(TextStyle.FULL, FRENCH);
            }
        }
        String time = moment.getHour() + "h" + (moment.getMinute() == 0 ? "" : String.format("%02d",
                moment.getMinute()));
        return day + " " + time;
    }

}
