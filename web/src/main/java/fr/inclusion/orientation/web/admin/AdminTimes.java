package fr.inclusion.orientation.web.admin;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A moment as a French reader expects it, in metropolitan France's time: « 4 décembre 2026 à 15h28 ». */
final class AdminTimes {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter FRENCH = DateTimeFormatter.ofPattern("d MMMM yyyy 'à' H'h'mm",
            Locale.FRENCH);

    private AdminTimes() {
    }

    static String describe(Instant instant) {
        return instant == null ? "date inconnue" : FRENCH.format(instant.atZone(PARIS));
    }
}
