package fr.inclusion.orientation.referral.servicelevel.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

import fr.inclusion.orientation.reference.calendar.FrenchCalendar;

/**
 * Answer delays counted in working days of a {@link FrenchCalendar} (by default the {@linkplain
 * FrenchCalendar#national() national} one: Monday to Friday except the eleven public holidays). Times are read in
 * Europe/Paris, where venues answer.
 */
public final class WorkingDays {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private final FrenchCalendar calendar;
    private final ZoneId zone;

    public WorkingDays() {
        this(FrenchCalendar.national(), PARIS);
    }

    public WorkingDays(FrenchCalendar calendar, ZoneId zone) {
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    public boolean isWorkingDay(LocalDate date) {
        return calendar.isWorkingDay(date);
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
        LocalDate day = calendar.plusWorkingDays(sent.toLocalDate(), workingDays);
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
