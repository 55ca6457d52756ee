package fr.inclusion.orientation.venue.directory.domain;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.VarDate;
import ch.poole.openinghoursparser.VariableTime;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import ch.poole.openinghoursparser.YearRange;

import fr.inclusion.orientation.reference.calendar.FrenchCalendar;

/**
 * The {@code horaires} of a venue, in OpenStreetMap {@code opening_hours} syntax, parsed once (with
 * {@code ch.poole:OpeningHoursParser}, which only parses) and evaluated here in Europe/Paris wall-clock time.
 *
 * <p>Evaluation follows the OSM rules: rules separated by {@code ;} are read left to right and the last one whose
 * day selectors match a date decides that whole date; a rule after {@code ,} adds to (or, with {@code off}, cuts
 * from) what the previous rules said; a rule after {@code ||} applies only to dates no earlier rule matched.
 * {@code off}, {@code closed}, {@code unknown} and a bare comment ({@code "sur rendez-vous"}) all count as closed:
 * the directory does not promise an opening it cannot be sure of. Times past midnight ({@code 22:00-02:00},
 * {@code 26:00}) run into the next day. Approximations, since the service does not know them: {@code PH} = the
 * French public holidays (métropole, without Alsace-Moselle's two extra days); {@code SH} (school holidays) never
 * matches; dawn, sunrise, sunset and dusk are 06:30, 07:00, 19:00 and 19:30; an open end ({@code 10:00+}) is open for
 * one hour; repeating points ({@code 10:00-16:00/01:30}) are the whole span.
 *
 * <p>Hours whose rules all depend on the weekday only (the usual case) are reduced at parse time to one week of
 * intervals, so that the search can ask "when does it open next" without evaluating any rule.
 */
public final class OpeningHours {

    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    /** What {@code PH} means: the hours do not know their département, so the days every département has. */
    private static final FrenchCalendar PUBLIC_HOLIDAYS = FrenchCalendar.national();

    /** From this time of day (minutes), an opening counts as "evening". */
    public static final int EVENING_FROM = 18 * 60;

    static final String EXAMPLE = "Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00";

    private static final int DAY = 24 * 60;
    private static final int HORIZON_DAYS = 366;
    /** Monday 1 January 2024: any week serves when no rule depends on the date. */
    private static final LocalDate REFERENCE_MONDAY = LocalDate.of(2024, 1, 1);

    private final String text;
    private final List<CompiledRule> rules;
    /** No rule depends on the date beyond the weekday and public holidays: {@link #week} answers most dates. */
    private final boolean weekly;
    /** Some rule names public holidays: those dates (and the day after, for night spill) are evaluated in full. */
    private final boolean holidays;
    /**
     * Per ISO weekday (index 0 = Monday) when {@link #weekly}, holidays left aside: sorted, merged
     * {@code [start, end)} minute pairs.
     */
    private final int[][] week;
    /**
     * When not {@link #weekly}: the intervals of each day of the year ahead from {@link #yearFrom} (the day the hours
     * were parsed), so that searches over seasonal hours read an array; other dates are evaluated.
     */
    private final int[][] year;
    private final long yearFrom;
    private final boolean saturday;
    private final boolean sunday;
    private final boolean evening;
    /** Intervals of a day by the rules matching it and its eve, see {@link #intervalsOn}. */
    private final Map<Long, int[]> days = new ConcurrentHashMap<>();

    private OpeningHours(String text, List<CompiledRule> rules) {
        this.text = text;
        this.rules = rules;
        this.weekly = rules.stream().noneMatch(CompiledRule::dependsOnCalendar);
        this.holidays = rules.stream().anyMatch(CompiledRule::namesHolidays);
        this.week = weekly ? new int[7][] : null;
        // "at all" questions: one ordinary week is exact for weekly hours; a year ahead for seasonal ones
        LocalDate from = weekly ? REFERENCE_MONDAY : LocalDate.now(ZONE);
        int days = weekly ? 7 : 371;
        this.year = weekly ? null : new int[days][];
        this.yearFrom = from.toEpochDay();
        boolean sat = false;
        boolean sun = false;
        boolean eve = false;
        long eveMask = matching(from.minusDays(1), !weekly);
        for (int i = 0; i < days; i++) {
            LocalDate date = from.plusDays(i);
            long mask = matching(date, !weekly);
            int[] intervals = intervalsOf(mask, eveMask);
            eveMask = mask;
            if (weekly) {
                week[date.getDayOfWeek().getValue() - 1] = intervals;
            } else {
                year[i] = intervals;
            }
            if (intervals.length > 0) {
                sat |= date.getDayOfWeek() == DayOfWeek.SATURDAY;
                sun |= date.getDayOfWeek() == DayOfWeek.SUNDAY;
                eve |= intervals[intervals.length - 1] > EVENING_FROM;
            }
        }
        this.saturday = sat;
        this.sunday = sun;
        this.evening = eve;
    }

    /**
     * @throws InvalidOpeningHoursException when the text is not in the OSM syntax; its message says so in French
     */
    public static OpeningHours parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidOpeningHoursException("horaires vides : format OpenStreetMap attendu, par exemple « "
                    + EXAMPLE + " »");
        }
        List<Rule> parsed;
        try {
            parsed = new OpeningHoursParser(new StringReader(text)).rules(false);
        } catch (OpeningHoursParseException e) {
            throw new InvalidOpeningHoursException(message(text, e.getColumn()));
        } catch (RuntimeException | TokenMgrError e) {
            throw new InvalidOpeningHoursException(message(text, -1));
        }
        List<CompiledRule> compiled = parsed.stream().filter(rule -> !rule.isEmpty()).map(CompiledRule::of)
                .toList();
        return new OpeningHours(text.strip(), compiled);
    }

    /** Why the text is not valid opening hours, in French; empty when it is. */
    public static Optional<String> problem(String text) {
        try {
            parse(text);
            return Optional.empty();
        } catch (InvalidOpeningHoursException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static String message(String text, int column) {
        String where = column > 0 ? " ; erreur vers le caractère " + column : "";
        return "horaires illisibles : format OpenStreetMap opening_hours attendu, par exemple « " + EXAMPLE + " »"
                + where + " (reçu « " + text + " »)";
    }

    public String text() {
        return text;
    }

    public boolean isOpenAt(Instant at) {
        return isOpenAt(LocalDateTime.ofInstant(at, ZONE));
    }

    /** {@code at} in Europe/Paris wall-clock time. */
    public boolean isOpenAt(LocalDateTime at) {
        int[] intervals = intervals(at.toLocalDate());
        int minute = at.getHour() * 60 + at.getMinute();
        for (int i = 0; i < intervals.length; i += 2) {
            if (intervals[i] <= minute && minute < intervals[i + 1]) {
                return true;
            }
        }
        return false;
    }

    /**
     * The first moment at or after {@code after} when the venue is open ({@code after} itself when it is open
     * then), looking a year ahead; empty when it never opens in that year.
     */
    public Optional<ZonedDateTime> nextOpening(Instant after) {
        return nextOpening(LocalDateTime.ofInstant(after, ZONE)).map(local -> local.atZone(ZONE));
    }

    /** As {@link #nextOpening(Instant)}, in Europe/Paris wall-clock time, to the minute. */
    public Optional<LocalDateTime> nextOpening(LocalDateTime after) {
        LocalDateTime start = after.truncatedTo(ChronoUnit.MINUTES);
        int minute = start.getHour() * 60 + start.getMinute();
        LocalDate date = start.toLocalDate();
        // an ordinary week shows every weekday; three weeks get past a run of holidays on the only opening day
        int horizon = weekly ? (holidays ? 22 : 8) : HORIZON_DAYS;
        for (int day = 0; day < horizon; day++) {
            int[] intervals = intervals(date.plusDays(day));
            for (int i = 0; i < intervals.length; i += 2) {
                if (day == 0 && intervals[i + 1] <= minute) {
                    continue;
                }
                if (day == 0 && intervals[i] <= minute) {
                    return Optional.of(after);
                }
                return Optional.of(date.plusDays(day).atStartOfDay().plusMinutes(intervals[i]));
            }
        }
        return Optional.empty();
    }

    /** Open on some Saturday (a weekly rule, or any date in the coming year for seasonal hours). */
    public boolean opensOnSaturday() {
        return saturday;
    }

    public boolean opensOnSunday() {
        return sunday;
    }

    public boolean opensOnWeekend() {
        return saturday || sunday;
    }

    /** Open at or after 18:00 on some day. */
    public boolean opensInEvening() {
        return evening;
    }

    /** Open minutes of a date as sorted {@code [start, end)} pairs within 0..1440, night spill of the eve included. */
    int[] intervals(LocalDate date) {
        if (weekly && !(holidays && (PUBLIC_HOLIDAYS.isHoliday(date) || PUBLIC_HOLIDAYS.isHoliday(date.minusDays(1))))) {
            return week[date.getDayOfWeek().getValue() - 1];
        }
        if (!weekly) {
            long day = date.toEpochDay() - yearFrom;
            if (day >= 0 && day < year.length) {
                return year[(int) day];
            }
        }
        return intervalsOn(date, true);
    }

    /**
     * A date's intervals depend only on which rules match it and the eve: computed once per such pair (a handful
     * for a year of seasonal hours) and kept, so that a search never evaluates rules twice for the same pattern.
     */
    private int[] intervalsOn(LocalDate date, boolean withHolidays) {
        return intervalsOf(matching(date, withHolidays), matching(date.minusDays(1), withHolidays));
    }

    private int[] intervalsOf(long today, long eve) {
        if (rules.size() > 32) {
            return merge(evaluate(today), evaluate(eve));
        }
        return days.computeIfAbsent((today << 32) | eve, key -> merge(evaluate(today), evaluate(eve)));
    }

    /** Which rules match the date, one bit per rule (rules beyond 64 never match: no real hours have that many). */
    private long matching(LocalDate date, boolean withHolidays) {
        long mask = 0;
        for (int i = 0; i < rules.size() && i < 64; i++) {
            if (rules.get(i).matches(date, withHolidays)) {
                mask |= 1L << i;
            }
        }
        return mask;
    }

    private static int[] merge(BitSet today, BitSet eve) {
        BitSet open = today.get(0, DAY);
        open.or(eve.get(DAY, 2 * DAY));
        return toIntervals(open);
    }

    /**
     * The open minutes the rules matching a date give it (one bit per matching rule), over two days (0..2880) so
     * that late hours can spill over.
     */
    private BitSet evaluate(long matching) {
        BitSet open = new BitSet(2 * DAY);
        boolean matched = false;
        for (int i = 0; i < rules.size() && i < 64; i++) {
            CompiledRule rule = rules.get(i);
            if ((rule.fallback && matched) || (matching & (1L << i)) == 0) {
                continue;
            }
            matched = true;
            if (!rule.additive) {
                open.clear();
            }
            if (rule.open) {
                open.or(rule.times);
            } else if (rule.additive) {
                open.andNot(rule.times);
            }
        }
        return open;
    }

    private static int[] toIntervals(BitSet open) {
        List<Integer> pairs = new ArrayList<>();
        int start = open.nextSetBit(0);
        while (start >= 0 && start < DAY) {
            int end = Math.min(open.nextClearBit(start), DAY);
            pairs.add(start);
            pairs.add(end);
            start = open.nextSetBit(end);
        }
        return pairs.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours hours && hours.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }

    /** One rule reduced to what evaluation needs: its selectors, whether it opens, and its minutes. */
    private static final class CompiledRule {

        private final Rule rule;
        private final boolean additive;
        private final boolean fallback;
        private final boolean open;
        private final BitSet times;

        private CompiledRule(Rule rule, boolean open, BitSet times) {
            this.rule = rule;
            this.additive = rule.isAdditive();
            this.fallback = rule.isFallBack();
            this.open = open;
            this.times = times;
        }

        static CompiledRule of(Rule rule) {
            RuleModifier modifier = rule.getModifier();
            boolean open = modifier == null ? true
                    : modifier.getModifier() == RuleModifier.Modifier.OPEN
                            || (modifier.getModifier() == null && modifier.getComment() == null);
            BitSet times = new BitSet(2 * DAY);
            if (rule.isTwentyfourseven() || rule.getTimes() == null || rule.getTimes().isEmpty()) {
                times.set(0, DAY);
            } else {
                for (TimeSpan span : rule.getTimes()) {
                    int start = minutes(span.getStart(), span.getStartEvent(), 0);
                    int end;
                    if (span.isOpenEnded()) {
                        end = start + 60;
                    } else {
                        end = minutes(span.getEnd(), span.getEndEvent(), start + 60);
                    }
                    if (end <= start) {
                        end += DAY;
                    }
                    times.set(Math.max(0, start), Math.min(end, 2 * DAY));
                }
            }
            return new CompiledRule(rule, open, times);
        }

        private static int minutes(int value, VariableTime event, int otherwise) {
            if (value != TimeSpan.UNDEFINED_TIME) {
                return value;
            }
            if (event == null || event.getEvent() == null) {
                return otherwise;
            }
            return switch (event.getEvent()) {
                case DAWN -> 6 * 60 + 30;
                case SUNRISE -> 7 * 60;
                case SUNSET -> 19 * 60;
                case DUSK -> 19 * 60 + 30;
            };
        }

        /** Depends on the date beyond its weekday and whether it is a public holiday. */
        boolean dependsOnCalendar() {
            return present(rule.getYears()) || present(rule.getWeeks()) || present(rule.getDates())
                    || (present(rule.getDays()) && rule.getDays().stream().anyMatch(d -> present(d.getNths())));
        }

        boolean namesHolidays() {
            return present(rule.getHolidays());
        }

        boolean matches(LocalDate date, boolean withHolidays) {
            if (rule.isTwentyfourseven() && !present(rule.getDays()) && !present(rule.getHolidays())
                    && !present(rule.getDates())) {
                return true;
            }
            if (present(rule.getYears()) && rule.getYears().stream().noneMatch(y -> year(y, date.getYear()))) {
                return false;
            }
            if (present(rule.getWeeks()) && rule.getWeeks().stream().noneMatch(w -> week(w, date))) {
                return false;
            }
            if (present(rule.getDates()) && rule.getDates().stream().noneMatch(d -> DateMatch.of(d, date))) {
                return false;
            }
            boolean days = present(rule.getDays());
            boolean holidays = present(rule.getHolidays());
            if (!days && !holidays) {
                return true;
            }
            // "Sa,PH": a weekday or a holiday
            return (days && rule.getDays().stream().anyMatch(d -> weekday(d, date)))
                    || (holidays && withHolidays && rule.getHolidays().stream().anyMatch(h -> holiday(h, date)));
        }

        private static boolean year(YearRange range, int year) {
            int start = range.getStartYear();
            int end = range.getEndYear();
            if (range.isOpenEnded()) {
                return year >= start;
            }
            if (end == YearRange.UNDEFINED_YEAR) {
                return year == start;
            }
            int step = Math.max(1, range.getInterval());
            return year >= start && year <= end && (year - start) % step == 0;
        }

        private static boolean week(WeekRange range, LocalDate date) {
            int week = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            int start = range.getStartWeek();
            int end = range.getEndWeek() == WeekRange.UNDEFINED_WEEK ? start : range.getEndWeek();
            int step = Math.max(1, range.getInterval());
            boolean inside = start <= end ? week >= start && week <= end : week >= start || week <= end;
            return inside && Math.floorMod(week - start, step) == 0;
        }

        private static boolean weekday(WeekDayRange range, LocalDate date) {
            int day = date.getDayOfWeek().getValue() - 1;
            int start = range.getStartDay().ordinal();
            int end = range.getEndDay() == null ? start : range.getEndDay().ordinal();
            boolean inside = start <= end ? day >= start && day <= end : day >= start || day <= end;
            if (!inside) {
                return false;
            }
            if (!present(range.getNths())) {
                return true;
            }
            int fromStart = (date.getDayOfMonth() - 1) / 7 + 1;
            int fromEnd = -((date.lengthOfMonth() - date.getDayOfMonth()) / 7 + 1);
            for (Nth nth : range.getNths()) {
                int first = nth.getStartNth();
                int last = nth.getEndNth() == Nth.INVALID_NTH ? first : nth.getEndNth();
                int n = first < 0 ? fromEnd : fromStart;
                if (n >= Math.min(first, last) && n <= Math.max(first, last)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean holiday(Holiday holiday, LocalDate date) {
            return holiday.getType() == Holiday.Type.PH
                    && PUBLIC_HOLIDAYS.isHoliday(date.minusDays(holiday.getOffset()));
        }

        private static boolean present(List<?> list) {
            return list != null && !list.isEmpty();
        }
    }

    /** Date selectors: {@code Dec 25}, {@code Jul-Aug}, {@code Jan 01-15}, {@code Nov-Feb}, {@code easter}. */
    private static final class DateMatch {

        static boolean of(DateRange range, LocalDate date) {
            DateWithOffset from = range.getStartDate();
            DateWithOffset to = range.getEndDate();
            int year = date.getYear();
            for (int y : new int[] {year - 1, year}) {
                LocalDate start = resolve(from, null, y, true);
                if (start == null) {
                    return false;
                }
                LocalDate end;
                if (from.isOpenEnded()) {
                    end = LocalDate.of(start.getYear(), 12, 31);
                } else if (to == null) {
                    end = from.undefinedDay() && from.getVarDate() == null && from.getNthWeekDay() == null
                            ? start.with(TemporalAdjusters.lastDayOfMonth()) : start;
                } else {
                    end = resolve(to, from, start.getYear(), false);
                    if (end == null) {
                        return false;
                    }
                    if (end.isBefore(start) && to.undefinedYear()) {
                        end = resolve(to, from, start.getYear() + 1, false);
                    }
                }
                if (!date.isBefore(start) && !date.isAfter(end)) {
                    return true;
                }
                if (!from.undefinedYear()) {
                    break;
                }
            }
            return false;
        }

        private static LocalDate resolve(DateWithOffset value, DateWithOffset start, int defaultYear,
                boolean first) {
            int year = value.undefinedYear() ? defaultYear : value.getYear();
            LocalDate date;
            if (value.getVarDate() == VarDate.EASTER) {
                date = FrenchCalendar.easterSunday(year);
            } else {
                ch.poole.openinghoursparser.Month month = value.getMonth() != null ? value.getMonth()
                        : start != null ? start.getMonth() : null;
                if (month == null) {
                    return null;
                }
                int monthNumber = month.ordinal() + 1;
                LocalDate firstOfMonth = LocalDate.of(year, monthNumber, 1);
                if (value.getNthWeekDay() != null) {
                    DayOfWeek day = DayOfWeek.of(value.getNthWeekDay().ordinal() + 1);
                    int nth = value.getNth();
                    date = nth < 0
                            ? firstOfMonth.with(TemporalAdjusters.lastInMonth(day)).plusWeeks(nth + 1)
                            : firstOfMonth.with(TemporalAdjusters.dayOfWeekInMonth(nth, day));
                } else if (value.undefinedDay()) {
                    date = first ? firstOfMonth : firstOfMonth.with(TemporalAdjusters.lastDayOfMonth());
                } else {
                    date = firstOfMonth.withDayOfMonth(Math.min(value.getDay(), firstOfMonth.lengthOfMonth()));
                }
            }
            return date.plusDays(value.getDayOffset());
        }
    }
}
