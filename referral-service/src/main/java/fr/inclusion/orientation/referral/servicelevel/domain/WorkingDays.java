package fr.inclusion.orientation.referral.servicelevel.domain;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The French working-day calendar of mainland France: Monday to Friday except the eleven public holidays
 * (jours fériés) of the Code du travail, art. L3133-1. Alsace-Moselle's extra days (Good Friday, 26 December) are
 * not counted: Meuse is not concerned. Times are read in Europe/Paris, where venues answer.
 */
public final class WorkingDays {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private static final List<MonthDay> FIXED = List.of(
            MonthDay.of(1, 1),   // Jour de l'an
            MonthDay.of(5, 1),   // Fête du travail
            MonthDay.of(5, 8),   // Victoire 1945
            MonthDay.of(7, 14),  // Fête nationale
            MonthDay.of(8, 15),  // Assomption
            MonthDay.of(11, 1),  // Toussaint
            MonthDay.of(11, 11), // Armistice
            MonthDay.of(12, 25)); // Noël

    private final ZoneId zone;
    private final ConcurrentMap<Integer, Set<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    public WorkingDays() {
        this(PARIS);
    }

    public WorkingDays(ZoneId zone) {
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Easter Sunday of a Gregorian year (anonymous Gregorian computus, Meeus/Jones/Butcher). */
    public static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int f = (b + 8) / 25;
        int g = (b - f + 1) / 3;
        int h = (19 * a + b - d - g + 15) % 30;
        int i = c / 4;
        int k = c % 4;
        int l = (32 + 2 * e + 2 * i - h - k) % 7;
        int m = (a + 11 * h + 22 * l) / 451;
        int month = (h + l - 7 * m + 114) / 31;
        int day = ((h + l - 7 * m + 114) % 31) + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of a year, in date order. */
    public Set<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, WorkingDays::computeHolidays);
    }

    private static Set<LocalDate> computeHolidays(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        FIXED.forEach(day -> days.add(day.atYear(year)));
        LocalDate easter = easterSunday(year);
        days.add(easter.plusDays(1));  // Lundi de Pâques
        days.add(easter.plusDays(39)); // Ascension
        days.add(easter.plusDays(50)); // Lundi de Pentecôte
        return java.util.Collections.unmodifiableSet(days);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * When an answer is due: the same local time on the {@code workingDays}-th working day after the day the
     * referral was sent (the day it was sent does not count, whatever it is).
     */
    public Instant dueAt(Instant sentAt, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        ZonedDateTime sent = sentAt.atZone(zone);
        LocalDate day = sent.toLocalDate();
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return ZonedDateTime.of(day, sent.toLocalTime(), zone).toInstant();
    }

    /**
     * Half of the answer delay, measured in working time only (hours of weekends and holidays do not count), so
     * that the reminder never falls in the middle of a long weekend: 3 working days from Wednesday 10:00 give
     * Thursday 22:00.
     */
    public Instant halfTime(Instant sentAt, int workingDays) {
        Instant due = dueAt(sentAt, workingDays);
        Duration half = workingTimeBetween(sentAt, due).dividedBy(2);
        return afterWorkingTime(sentAt, half);
    }

    /** Time between two instants that falls on working days. */
    Duration workingTimeBetween(Instant from, Instant to) {
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            ZonedDateTime stop = nextMidnight.isBefore(end) ? nextMidnight : end;
            if (isWorkingDay(cursor.toLocalDate())) {
                total = total.plus(Duration.between(cursor, stop));
            }
            cursor = stop;
        }
        return total;
    }

    /** The instant reached after spending {@code amount} of working time from {@code from}. */
    Instant afterWorkingTime(Instant from, Duration amount) {
        Duration left = amount;
        ZonedDateTime cursor = from.atZone(zone);
        while (true) {
            ZonedDateTime nextMidnight = cursor.toLocalDate().plusDays(1).atStartOfDay(zone);
            if (isWorkingDay(cursor.toLocalDate())) {
                Duration available = Duration.between(cursor, nextMidnight);
                if (left.compareTo(available) < 0) {
                    return cursor.plus(left).toInstant();
                }
                left = left.minus(available);
            }
            cursor = nextMidnight;
        }
    }
}
