package fr.inclusion.orientation.web.secretary;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The errors of one form as the page shows them: each message next to its field (by the input's id) and all of
 * them in the summary at the top, in the form's order, each linking to its field; a message that belongs to no
 * field of the form is in the summary only.
 */
final class FormErrors {

    /** One line of the summary; {@code field} is the id of the input to link to, or null. */
    record Item(String field, String message) {
    }

    private final List<String> fieldOrder;
    private final Map<String, String> byField = new LinkedHashMap<>();
    private final List<String> general = new ArrayList<>();

    /** {@code fieldOrder}: the ids of the form's inputs, top to bottom, to list the summary in reading order. */
    FormErrors(String... fieldOrder) {
        this.fieldOrder = List.of(fieldOrder);
    }

    FormErrors add(String field, String message) {
        if (field == null || !fieldOrder.contains(field)) {
            if (!general.contains(message)) {
                general.add(message);
            }
        } else {
            byField.putIfAbsent(field, message);
        }
        return this;
    }

    public boolean any() {
        return !byField.isEmpty() || !general.isEmpty();
    }

    public boolean has(String field) {
        return byField.containsKey(field);
    }

    public String get(String field) {
        return byField.get(field);
    }

    /** General messages first (they concern the whole form), then the fields in the form's order. */
    public List<Item> items() {
        List<Item> items = new ArrayList<>();
        general.forEach(message -> items.add(new Item(null, message)));
        fieldOrder.stream().filter(byField::containsKey).forEach(field -> items.add(new Item(field, byField.get(field))));
        return items;
    }
}
