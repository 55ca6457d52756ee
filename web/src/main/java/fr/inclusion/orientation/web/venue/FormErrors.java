package fr.inclusion.orientation.web.venue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import fr.inclusion.orientation.web.api.ApiProblemException;

/**
 * What is wrong in one form, as the templates show it: the message next to each field, the error summary at the top
 * of the form linking to each field, and the one field that gets the focus (the first in the form's order). Fields
 * are named as the API names them; {@code anchors} gives, for the fields of this form, the id of the element to
 * focus (the first radio button of a group). A message for a field the form does not have goes in the summary only.
 */
public record FormErrors(String form, Map<String, String> messages, Map<String, String> anchors) {

    /** A line of the error summary: its message and where its link leads. */
    public record Line(String message, String anchor) {
    }

    public FormErrors {
        messages = Map.copyOf(messages);
        anchors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(anchors));
    }

    /**
     * @param anchors the form's fields in their order on the page, each with the id of the element to focus
     * @param friendlier a message of this page's own for some fields, said in the form's words rather than the
     *                   API's (which lists codes); other fields keep the API's message
     */
    public static FormErrors of(String form, ApiProblemException problem, Map<String, String> anchors,
            Map<String, String> friendlier) {
        Map<String, String> messages = new LinkedHashMap<>();
        problem.byField().forEach((field, message) -> {
            String key = fieldOf(field, anchors);
            messages.putIfAbsent(key, friendlier.getOrDefault(key, sentence(message)));
        });
        if (messages.isEmpty()) {
            messages.put("", problem.detail() == null || problem.detail().isBlank() ? problem.title()
                    : problem.detail());
        }
        return new FormErrors(form, messages, anchors);
    }

    /** The services write some messages as fragments ("obligatoire"); shown alone, they start a sentence. */
    private static String sentence(String message) {
        if (message == null || message.isBlank()) {
            return "Valeur invalide.";
        }
        String text = message.strip();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    public static FormErrors of(String form, Map<String, String> messages, Map<String, String> anchors) {
        return new FormErrors(form, messages, anchors);
    }

    /** {@code telephone[1]} is reported next to {@code telephone}, {@code stops[0].place} next to nothing. */
    private static String fieldOf(String field, Map<String, String> anchors) {
        if (anchors.containsKey(field)) {
            return field;
        }
        String base = field.replaceAll("[\\[.].*$", "");
        return anchors.containsKey(base) ? base : field;
    }

    public boolean any() {
        return !messages.isEmpty();
    }

    public boolean has(String field) {
        return messages.containsKey(field);
    }

    public String of(String field) {
        return messages.get(field);
    }

    /** True for the field that gets the focus when the page shows the errors. */
    public boolean first(String field) {
        return field.equals(firstField());
    }

    /** No field of the form is at fault: the summary itself gets the focus. */
    public boolean focusSummary() {
        return any() && firstField() == null;
    }

    /** The summary in the form's order, then what concerns no field of the form. */
    public List<Line> summary() {
        List<Line> lines = new ArrayList<>();
        anchors.forEach((field, anchor) -> {
            if (messages.containsKey(field)) {
                lines.add(new Line(messages.get(field), "#" + anchor));
            }
        });
        messages.forEach((field, message) -> {
            if (!anchors.containsKey(field)) {
                lines.add(new Line(message, "#" + form));
            }
        });
        return lines;
    }

    private String firstField() {
        return anchors.keySet().stream().filter(messages::containsKey).findFirst().orElse(null);
    }
}
