package fr.inclusion.orientation.web.coordinator;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * Counts as the flows API gives them: a number, or the string « < 5 » (statistical secrecy for counts 1 to 4 in
 * breakdowns finer than the EPCI). Shown as they come; never turned into a number a reader could mistake.
 */
final class Counts {

    private Counts() {
    }

    static String count(JsonNode node) {
        if (node == null || node.isMissingNode() || node.isNull()) {
            return "–";
        }
        if (node.isNumber()) {
            return String.format(Locale.FRANCE, "%,d", node.asLong()).replace('\u202f', '\u00a0');
        }
        String text = node.asString("").strip();
        return text.isEmpty() ? "–" : text.replace("<5", "< 5");
    }

    /** The number for a chart's bar: a secret count (« < 5 ») draws as 2, halfway between 1 and 4. */
    static long magnitude(JsonNode node) {
        if (node != null && node.isNumber()) {
            return node.asLong();
        }
        return node != null && node.isString() && node.asString().contains("<") ? 2 : 0;
    }

    static String rate(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return node != null && node.isString() ? node.asString() : "–";
        }
        double value = node.asDouble();
        double percent = value <= 1.0 ? value * 100 : value;
        return String.format(Locale.FRANCE, "%.0f\u00a0%%", percent);
    }

    static String hours(JsonNode node) {
        if (node == null || !node.isNumber()) {
            return "–";
        }
        double hours = node.asDouble();
        if (hours >= 48) {
            return String.format(Locale.FRANCE, "%.1f\u00a0jours", hours / 24).replace(",0\u00a0", "\u00a0");
        }
        return String.format(Locale.FRANCE, "%.0f\u00a0h", hours);
    }
}
