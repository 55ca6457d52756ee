package fr.inclusion.orientation.venue.exchange.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * One record of an import file as its producer wrote it, before any interpretation.
 *
 * @param line     where the record starts in the file (the CSV header is line 1), or its position in a JSON array
 *                 counted from 1
 * @param values   the standard's columns present in the record, as text (lists joined with {@code |}); a blank or
 *                 missing value means "no value"
 * @param stops    mobile stops given with the record (JSON only), {@code null} when not given: the stops the venue
 *                 already has are then kept
 * @param problems what makes the record unreadable (a CSV line with too many fields, a JSON value of the wrong
 *                 type); such a record is rejected without being interpreted further
 */
public record StandardRow(int line, Map<String, String> values, List<MobileStop> stops, List<Violation> problems) {

    public StandardRow {
        values = Map.copyOf(values); // no null values: an absent value is an absent key
        // a null stop ([null] in JSON) stays for the rules to report
        stops = stops == null ? null : Collections.unmodifiableList(new ArrayList<>(stops));
        problems = List.copyOf(problems);
    }

    public static StandardRow of(int line, Map<String, String> values) {
        return new StandardRow(line, values, null, List.of());
    }

    public static StandardRow unreadable(int line, List<Violation> problems) {
        return new StandardRow(line, Map.of(), null, problems);
    }

    public String value(String column) {
        return values.get(column);
    }
}
