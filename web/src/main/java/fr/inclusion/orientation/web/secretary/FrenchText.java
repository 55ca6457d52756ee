package fr.inclusion.orientation.web.secretary;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates, times, distances and opening hours as a French reader expects them, in the Paris time zone. */
final class FrenchText {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final Locale FR = Locale.FRENCH;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEEE d MMMM", FR);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", FR);
    private static final DateTimeFormatter SHORT_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy", FR);

    private static final Map<String, String> OSM_DAYS = Map.of("Mo", "lundi", "Tu", "mardi", "We", "mercredi",
            "Th", "jeudi", "Fr", "vendredi", "Sa", "samedi", "Su", "dimanche");
    private static final Pattern DAY_RANGE = Pattern.compile("(Mo|Tu|We|Th|Fr|Sa|Su)(?:-(Mo|Tu|We|Th|Fr|Sa|Su))?");
    private static final Pattern TIME_RANGE = Pattern.compile("(\\d{1,2}):(\\d{2})-(\\d{1,2}):(\\d{2})");
    private static final Pattern RULE = Pattern.compile(
            "^((?:(?:Mo|Tu|We|Th|Fr|Sa|Su)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)(?:,(?:Mo|Tu|We|Th|Fr|Sa|Su)"
                    + "(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?)*)\\s+(off|closed|\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2}"
                    + "(?:,\\d{1,2}:\\d{2}-\\d{1,2}:\\d{2})*)$");

    private FrenchText() {
    }

    /** "9 h", "13 h 30". */
    static String time(LocalTime time) {
        return time.getMinute() == 0 ? time.getHour() + " h" : time.getHour() + " h " + pad(time.getMinute());
    }

    /** "samedi 12 décembre à 9 h"; the text itself when it is not an ISO date-time. */
    static String moment(String isoWithOffset) {
        if (isoWithOffset == null || isoWithOffset.isBlank()) {
            return null;
        }
        try {
            OffsetDateTime at = OffsetDateTime.parse(isoWithOffset);
            var paris = at.atZoneSameInstant(PARIS);
            return DAY.format(paris) + " à " + time(paris.toLocalTime());
        } catch (DateTimeParseException e) {
            return isoWithOffset;
        }
    }

    /**
     * Whether a next opening the search computed is now: the search gives the current time for a place open at the
     * moment of the search.
     */
    static boolean isNow(String isoWithOffset, Instant now) {
        if (isoWithOffset == null || isoWithOffset.isBlank()) {
            return false;
        }
        try {
            return !OffsetDateTime.parse(isoWithOffset).toInstant().isAfter(now.plusSeconds(60));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** "12 décembre 2026 à 14 h 05". */
    static String dateTime(Instant at) {
        if (at == null) {
            return "";
        }
        var paris = at.atZone(PARIS);
        return DATE.format(paris) + " à " + time(paris.toLocalTime());
    }

    /** "12/12/2026", short enough for a table cell. */
    static String shortDate(Instant at) {
        return at == null ? "" : SHORT_DATE.format(at.atZone(PARIS));
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** "3,2 km"; "moins de 100 m" at the door. */
    static String distance(double km) {
        if (km < 0.1) {
            return "moins de 100 m";
        }
        if (km < 10) {
            return String.format(FR, "%.1f km", km);
        }
        return Math.round(km) + " km";
    }

    /** "mardi", from 1 (Monday) to 7 (Sunday). */
    static String weekday(int isoDay) {
        return isoDay >= 1 && isoDay <= 7 ? DayOfWeek.of(isoDay).getDisplayName(TextStyle.FULL, FR) : "";
    }

    /** "de 14 h à 16 h 30" from two {@code HH:mm}; the raw text when unreadable. */
    static String hours(String from, String to) {
        try {
            return "de " + time(LocalTime.parse(from)) + " à " + time(LocalTime.parse(to));
        } catch (DateTimeParseException | NullPointerException e) {
            return "de " + from + " à " + to;
        }
    }

    /** " (jusqu'à 16 h)" from {@code HH:mm}; nothing when unreadable. */
    static String until(String to) {
        try {
            return " (jusqu'à " + time(LocalTime.parse(to)) + ")";
        } catch (DateTimeParseException | NullPointerException e) {
            return "";
        }
    }

    /**
     * The usual shapes of OpenStreetMap {@code opening_hours} in French lines ("du lundi au vendredi : de 9 h à
     * 12 h et de 13 h 30 à 17 h"); any rule it does not know keeps the text as written, so nothing is lost.
     */
    static List<String> openingHours(String osm) {
        if (osm == null || osm.isBlank()) {
            return List.of();
        }
        List<String> lines = new ArrayList<>();
        for (String rule : osm.split(";")) {
            String trimmed = rule.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            Matcher matcher = RULE.matcher(trimmed);
            if (!matcher.matches()) {
                return List.of(osm.strip());
            }
            String days = days(matcher.group(1));
            String times = matcher.group(2);
            if (times.equals("off") || times.equals("closed")) {
                lines.add(capitalize(days) + " : fermé");
                continue;
            }
            List<String> ranges = new ArrayList<>();
            Matcher range = TIME_RANGE.matcher(times);
            while (range.find()) {
                ranges.add("de " + time(LocalTime.of(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))))
                        + " à " + time(LocalTime.of(Integer.parseInt(range.group(3)) % 24,
                                Integer.parseInt(range.group(4)))));
            }
            lines.add(capitalize(days) + " : " + String.join(" et ", ranges));
        }
        return lines;
    }

    private static String days(String spec) {
        List<String> parts = new ArrayList<>();
        Matcher matcher = DAY_RANGE.matcher(spec);
        while (matcher.find()) {
            parts.add(matcher.group(2) == null ? OSM_DAYS.get(matcher.group(1))
                    : "du " + OSM_DAYS.get(matcher.group(1)) + " au " + OSM_DAYS.get(matcher.group(2)));
        }
        List<String> named = parts.stream().map(part -> part.startsWith("du ") ? part : "le " + part).toList();
        if (named.size() == 1) {
            return named.getFirst();
        }
        return String.join(", ", named.subList(0, named.size() - 1)) + " et " + named.getLast();
    }

    private static String capitalize(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String pad(int minutes) {
        return minutes < 10 ? "0" + minutes : String.valueOf(minutes);
    }
}
