package fr.inclusion.orientation.reference.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import fr.inclusion.orientation.reference.territory.InseeCodes;

/**
 * The working calendar of one French département: Monday to Friday except its public holidays (jours fériés).
 * Everywhere, the eleven days of the Code du travail, art. L3133-1: 1 January, Easter Monday, 1 May, 8 May,
 * Ascension, Whit Monday, 14 July, 15 August, 1 November, 11 November, 25 December. In Alsace-Moselle (57, 67, 68),
 * also Good Friday and 26 December (art. L3134-13). In the overseas départements, also the day of the abolition of
 * slavery (décret 83-1003): 971 on 27 May, 972 on 22 May, 973 on 10 June, 974 on 20 December, 976 on 27 April.
 * Where the département is not known, {@link #national()} has the eleven days only.
 */
public final class FrenchCalendar {

    private static final List<MonthDay> NATIONAL = List.of(
            MonthDay.of(1, 1),   // Jour de l'an
            MonthDay.of(5, 1),   // Fête du travail
            MonthDay.of(5, 8),   // Victoire 1945
            MonthDay.of(7, 14),  // Fête nationale
            MonthDay.of(8, 15),  // Assomption
            MonthDay.of(11, 1),  // Toussaint
            MonthDay.of(11, 11), // Armistice
            MonthDay.of(12, 25)); // Noël

    private static final Set<String> ALSACE_MOSELLE = Set.of("57", "67", "68");

    private static final Map<String, MonthDay> ABOLITION_OF_SLAVERY = Map.of(
            "971", MonthDay.of(5, 27),
            "972", MonthDay.of(5, 22),
            "973", MonthDay.of(6, 10),
            "974", MonthDay.of(12, 20),
            "976", MonthDay.of(4, 27));

    private static final ConcurrentMap<String, FrenchCalendar> BY_DEPARTEMENT = new ConcurrentHashMap<>();

    private static final FrenchCalendar NATIONAL_ONLY = new FrenchCalendar(null);

    /** {@code null} for {@link #national()}. */
    private final String departement;
    private final ConcurrentMap<Integer, SortedSet<LocalDate>> holidaysByYear = new ConcurrentHashMap<>();

    private FrenchCalendar(String departement) {
        this.departement = departement;
    }

    /**
     * The calendar of a département ({@code 55}, {@code 2A}, {@code 974}).
     *
     * @throws IllegalArgumentException when {@code departement} is not a département code
     */
    public static FrenchCalendar of(String departement) {
        String code = InseeCodes.requireDepartementCode(departement);
        return BY_DEPARTEMENT.computeIfAbsent(code, FrenchCalendar::new);
    }

    /** The eleven holidays of every département, for a place whose département is not known. */
    public static FrenchCalendar national() {
        return NATIONAL_ONLY;
    }

    /** Empty for {@link #national()}. */
    public Optional<String> departement() {
        return Optional.ofNullable(departement);
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
        int day = (h + l - 7 * m + 114) % 31 + 1;
        return LocalDate.of(year, month, day);
    }

    /** The public holidays of this département in a year, in date order. */
    public SortedSet<LocalDate> holidays(int year) {
        return holidaysByYear.computeIfAbsent(year, this::computeHolidays);
    }

    private SortedSet<LocalDate> computeHolidays(int year) {
        TreeSet<LocalDate> days = new TreeSet<>();
        NATIONAL.forEach(day -> days.add(day.atYear(year)));
        LocalDate easter = easterSunday(year);
        days.add(easter.plusDays(1));  // Lundi de Pâques
        days.add(easter.plusDays(39)); // Ascension
        days.add(easter.plusDays(50)); // Lundi de Pentecôte
        if (departement != null && ALSACE_MOSELLE.contains(departement)) {
            days.add(easter.minusDays(2));          // Vendredi saint
            days.add(MonthDay.of(12, 26).atYear(year)); // Saint-Étienne
        }
        MonthDay abolition = departement == null ? null : ABOLITION_OF_SLAVERY.get(departement);
        if (abolition != null) {
            days.add(abolition.atYear(year));
        }
        return Collections.unmodifiableSortedSet(days);
    }

    public boolean isHoliday(LocalDate date) {
        return holidays(date.getYear()).contains(date);
    }

    /** Monday to Friday and not a public holiday of this département. */
    public boolean isWorkingDay(LocalDate date) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !isHoliday(date);
    }

    /**
     * The {@code workingDays}-th working day after {@code from} ({@code from} itself does not count, whatever it
     * is); {@code from} when {@code workingDays} is 0.
     */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        Objects.requireNonNull(from, "from");
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }

    @Override
    public String toString() {
        return "FrenchCalendar[" + (departement == null ? "national" : departement) + "]";
    }
}
