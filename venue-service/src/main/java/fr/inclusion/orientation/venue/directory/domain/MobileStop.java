package fr.inclusion.orientation.venue.directory.domain;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;

/**
 * Where and when a mobile venue (itinerance = Itinérant, e.g. the Maxillien bus) stops. Kept in its exchange form
 * (weekday 1 = Monday … 7 = Sunday, times {@code HH:mm}) so that the rules can report every malformed value of an
 * import instead of failing on the first; {@link #day()}, {@link #start()} and {@link #end()} give typed values once
 * the venue passed the rules.
 *
 * @param commune INSEE code of the commune served
 */
public record MobileStop(String commune, int weekday, String from, String to, String place) {

    public MobileStop {
        commune = VenueDetails.clean(commune);
        from = VenueDetails.clean(from);
        to = VenueDetails.clean(to);
        place = VenueDetails.clean(place);
    }

    public DayOfWeek day() {
        return DayOfWeek.of(weekday);
    }

    public LocalTime start() {
        return LocalTime.parse(from);
    }

    public LocalTime end() {
        return LocalTime.parse(to);
    }

    /**
     * When the stop next takes place after {@code after}, in Europe/Paris time: the start of this week's stop while it
     * is still going on (the bus is there now), otherwise the start of the next one.
     */
    public ZonedDateTime nextOccurrence(Instant after) {
        return nextOccurrence(LocalDateTime.ofInstant(after, OpeningHours.ZONE)).atZone(OpeningHours.ZONE);
    }

    /** As {@link #nextOccurrence(Instant)}, in Europe/Paris wall-clock time. */
    public LocalDateTime nextOccurrence(LocalDateTime after) {
        LocalDateTime candidate = after.toLocalDate().with(TemporalAdjusters.nextOrSame(day())).atTime(start());
        if (!candidate.toLocalDate().atTime(end()).isAfter(after)) {
            candidate = candidate.plusWeeks(1);
        }
        return candidate;
    }
}
