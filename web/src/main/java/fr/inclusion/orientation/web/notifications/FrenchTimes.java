package fr.inclusion.orientation.web.notifications;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * When something happened, as a person in France says it: « aujourd'hui à 9h05 », « hier à 17h30 »,
 * « le 1 décembre à 9h00 » (with the year when it is not this one).
 */
final class FrenchTimes {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H'h'mm", Locale.FRENCH);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM", Locale.FRENCH);
    private static final DateTimeFormatter DAY_YEAR = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.FRENCH);

    private FrenchTimes() {
    }

    static String describe(Instant instant, Clock clock) {
        if (instant == null) {
            return "";
        }
        ZonedDateTime at = instant.atZone(PARIS);
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        LocalDate day = at.toLocalDate();
        String time = TIME.format(at);
        if (day.equals(today)) {
            return "aujourd'hui à " + time;
        }
        if (day.equals(today.minusDays(1))) {
            return "hier à " + time;
        }
        DateTimeFormatter format = day.getYear() == today.getYear() ? DAY : DAY_YEAR;
        return "le " + format.format(at) + " à " + time;
    }
}
