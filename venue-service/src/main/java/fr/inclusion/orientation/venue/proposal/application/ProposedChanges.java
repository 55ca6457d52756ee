package fr.inclusion.orientation.venue.proposal.application;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.springframework.stereotype.Component;

import com.fasterxml.jackson.annotation.JsonProperty;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import fr.inclusion.orientation.venue.directory.application.JsonPaths;
import fr.inclusion.orientation.venue.directory.application.StandardVenue;
import fr.inclusion.orientation.venue.directory.domain.InvalidVenueException;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueRules;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * Proposed changes are a partial record in the national standard's exchange form ({@link StandardVenue}): the named
 * fields replace the venue's, the others stay. Applying them goes through the JSON form, so that a proposal accepts
 * exactly what a full record accepts (types, dates, lists, stops) and reports problems under the same field names.
 */
@Component
public class ProposedChanges {

    /** Every field a proposal may change: the standard's fields but {@code id}, and {@code stops}. */
    static final Set<String> FIELDS = fields();

    private final JsonMapper json;
    private final Validator validator;

    public ProposedChanges(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    /**
     * Checks that the changes name known fields and that the venue with them applied passes the venue rules.
     *
     * @return the changes with their values as the record will hold them (a postal code typed as a number becomes
     *         text), in the order given
     * @throws InvalidVenueException           listing every field in error
     * @throws ProposalWithoutChangesException when the changes would leave the record as it is
     */
    public Map<String, Object> check(Venue venue, ObjectNode changes) {
        ObjectNode proposed = changes.deepCopy();
        List<Violation> errors = new ArrayList<>();
        if (proposed.has("id")) {
            if (!proposed.get("id").isString() || !venue.id().equals(proposed.get("id").asString().strip())) {
                errors.add(new Violation("id", "l'identifiant d'un lieu ne se corrige pas ; proposez les autres "
                        + "champs de la fiche « " + venue.id() + " »"));
            }
            proposed.remove("id");
        }
        for (String field : proposed.propertyNames()) {
            if (!FIELDS.contains(field)) {
                errors.add(new Violation(field, "champ inconnu du standard national ; champs possibles : "
                        + String.join(", ", FIELDS)));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidVenueException(errors);
        }
        if (proposed.isEmpty()) {
            throw new ProposalWithoutChangesException(venue.id());
        }
        StandardVenue result = merge(venue, proposed);
        List<Violation> violations = new ArrayList<>(VenueRules.check(venue.id(), result.toDetails(),
                result.toStops()));
        Set<String> reported = new LinkedHashSet<>(violations.stream().map(Violation::field).toList());
        for (ConstraintViolation<StandardVenue> violation : validator.validate(result)) {
            String field = JsonPaths.of(StandardVenue.class, violation.getPropertyPath().toString());
            if (reported.add(field)) {
                violations.add(new Violation(field, violation.getMessage()));
            }
        }
        if (!violations.isEmpty()) {
            throw new InvalidVenueException(violations);
        }
        if (result.toDetails().equals(venue.details()) && result.toStops().equals(venue.stops())) {
            throw new ProposalWithoutChangesException(venue.id());
        }
        ObjectNode normalised = json.valueToTree(result);
        Map<String, Object> checked = new LinkedHashMap<>();
        for (String field : proposed.propertyNames()) {
            checked.put(field, json.treeToValue(normalised.get(field), Object.class));
        }
        return checked;
    }

    /** The venue's record and stops with the changes applied; the rules are the update's to enforce. */
    public StandardVenue apply(Venue venue, Map<String, Object> changes) {
        return merge(venue, json.valueToTree(changes));
    }

    private StandardVenue merge(Venue venue, ObjectNode changes) {
        ObjectNode merged = json.valueToTree(StandardVenue.of(venue));
        merged.setAll(changes);
        try {
            return json.treeToValue(merged, StandardVenue.class);
        } catch (JacksonException e) {
            String field = JsonPaths.of(e.getPath());
            throw new InvalidVenueException(List.of(Violation.unexpectedType(field.isEmpty() ? "changes" : field)));
        }
    }

    /** The JSON name of a record component: its {@code @JsonProperty}, which Java puts on the record's field. */
    private static String jsonName(Class<?> record, String component) {
        try {
            JsonProperty property = record.getDeclaredField(component).getAnnotation(JsonProperty.class);
            return property == null ? null : property.value();
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static Set<String> fields() {
        Set<String> fields = new LinkedHashSet<>();
        for (RecordComponent component : StandardVenue.class.getRecordComponents()) {
            String name = jsonName(StandardVenue.class, component.getName());
            if (name != null && !name.equals("id")) {
                fields.add(name);
            }
        }
        return Collections.unmodifiableSet(fields);
    }
}
