package fr.inclusion.orientation.venue.directory.domain;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Names the fields a change touched, as the history shows them: the national standard's names ({@code code_postal},
 * {@code horaires}), {@code stops} for a mobile venue's stops, and the network's {@code intake_paused},
 * {@code weekly_capacity}, {@code answer_delay_days} and {@code active}.
 */
public final class ChangedFields {

    public static final String STOPS = "stops";
    public static final String INTAKE_PAUSED = "intake_paused";
    public static final String WEEKLY_CAPACITY = "weekly_capacity";
    public static final String ANSWER_DELAY_DAYS = "answer_delay_days";
    public static final String ACTIVE = "active";

    private static final RecordComponent[] DETAILS = VenueDetails.class.getRecordComponents();

    private ChangedFields() {
    }

    /** Fields of the record and stops that differ, in the standard's order. */
    public static List<String> between(VenueDetails before, List<MobileStop> stopsBefore, VenueDetails after,
            List<MobileStop> stopsAfter) {
        List<String> changed = new ArrayList<>();
        for (RecordComponent component : DETAILS) {
            if (!Objects.equals(value(component, before), value(component, after))) {
                changed.add(standardName(component.getName()));
            }
        }
        if (!Objects.equals(stopsBefore, stopsAfter)) {
            changed.add(STOPS);
        }
        return List.copyOf(changed);
    }

    /** {@code codePostal} → {@code code_postal}, {@code fraisACharge} → {@code frais_a_charge}. */
    static String standardName(String javaName) {
        StringBuilder name = new StringBuilder();
        for (char c : javaName.toCharArray()) {
            if (Character.isUpperCase(c)) {
                name.append('_').append(Character.toLowerCase(c));
            } else {
                name.append(c);
            }
        }
        return name.toString();
    }

    private static Object value(RecordComponent component, VenueDetails details) {
        try {
            return component.getAccessor().invoke(details);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + component.getName(), e);
        }
    }
}
