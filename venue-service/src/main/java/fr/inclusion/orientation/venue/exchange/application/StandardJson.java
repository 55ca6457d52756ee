package fr.inclusion.orientation.venue.exchange.application;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.venue.exchange.domain.StandardFields;
import fr.inclusion.orientation.venue.exchange.domain.StandardRow;
import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * The standard's JSON form: an array of objects named by the standard's columns, lists as arrays of strings
 * (a string joined with {@code |} is read too), latitude and longitude as numbers, plus the network's optional
 * {@code stops}. Exports write one object per line, columns in the standard's order, absent values left out.
 */
public final class StandardJson {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private StandardJson() {
    }

    public static ImportFile read(byte[] content) {
        int offset = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
                && (content[2] & 0xFF) == 0xBF ? 3 : 0;
        if (new String(content, offset, content.length - offset, StandardCharsets.UTF_8).isBlank()) {
            throw new InvalidImportFileException("Le fichier est vide : il doit contenir un tableau JSON d'objets, "
                    + "un par lieu.");
        }
        JsonNode root;
        try {
            root = JSON.readTree(content, offset, content.length - offset);
        } catch (JacksonException e) {
            String where = e.getLocation() == null ? "" : " (ligne " + e.getLocation().getLineNr() + ", colonne "
                    + e.getLocation().getColumnNr() + ")";
            throw new InvalidImportFileException("Le fichier n'est pas un JSON valide" + where + ".");
        }
        if (root == null || !root.isArray()) {
            throw new InvalidImportFileException("Le fichier doit contenir un tableau JSON d'objets, un par lieu, "
                    + "nommant leurs champs comme le standard national.");
        }
        unknownFields(root);
        List<StandardRow> rows = new ArrayList<>();
        int line = 0;
        for (JsonNode element : root) {
            rows.add(row(++line, element));
        }
        return new ImportFile(ImportFormat.JSON, rows);
    }

    /** One venue as one line of JSON; the caller writes the array around. */
    public static void writeRecord(OutputStream out, Map<String, Object> values) {
        Map<String, Object> json = new LinkedHashMap<>();
        values.forEach((field, value) -> json.put(field, value instanceof LocalDate date ? date.toString() : value));
        try {
            out.write(JSON.writeValueAsBytes(json));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void unknownFields(JsonNode root) {
        Set<String> unknown = new LinkedHashSet<>();
        for (JsonNode element : root) {
            if (element.isObject()) {
                element.propertyNames().stream()
                        .filter(name -> !StandardFields.isStandard(name) && !StandardFields.STOPS.equals(name))
                        .forEach(unknown::add);
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidImportFileException("Les objets doivent nommer leurs champs comme le standard national "
                    + "(champs possibles : " + String.join(", ", StandardFields.ORDER) + ", et stops).",
                    unknown.stream().map(name -> new Violation(name, "champ inconnu du standard national")).toList());
        }
    }

    private static StandardRow row(int line, JsonNode element) {
        if (!element.isObject()) {
            return StandardRow.unreadable(line, List.of(new Violation(null,
                    "l'élément n'est pas un objet JSON décrivant un lieu")));
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<Violation> problems = new ArrayList<>();
        List<MobileStop> stops = null;
        for (Map.Entry<String, JsonNode> property : element.properties()) {
            String field = property.getKey();
            JsonNode node = property.getValue();
            if (node.isNull()) {
                continue;
            }
            if (StandardFields.STOPS.equals(field)) {
                stops = stops(node, problems);
            } else if (StandardFields.LISTS.contains(field)) {
                String joined = list(node);
                if (joined == null) {
                    problems.add(new Violation(field, "liste de textes attendue, par exemple [\"valeur 1\", "
                            + "\"valeur 2\"]"));
                } else if (!joined.isBlank()) {
                    values.put(field, joined);
                }
            } else if (node.isString() || node.isNumber()) {
                if (!node.asString().isBlank()) {
                    values.put(field, node.asString());
                }
            } else {
                problems.add(new Violation(field, "valeur d'un type inattendu : texte"
                        + (field.equals("latitude") || field.equals("longitude") ? " ou nombre" : "") + " attendu"));
            }
        }
        if (!problems.isEmpty()) {
            return StandardRow.unreadable(line, problems);
        }
        return new StandardRow(line, values, stops, List.of());
    }

    /** Elements joined with {@code |}; {@code null} when the node is not a list of texts (nor one text). */
    private static String list(JsonNode node) {
        if (node.isString() || node.isNumber()) {
            return node.asString();
        }
        if (!node.isArray()) {
            return null;
        }
        List<String> items = new ArrayList<>();
        for (JsonNode item : node) {
            if (item.isNull()) {
                continue;
            }
            if (!item.isString() && !item.isNumber()) {
                return null;
            }
            items.add(item.asString());
        }
        return String.join(StandardFields.LIST_SEPARATOR, items);
    }

    private static List<MobileStop> stops(JsonNode node, List<Violation> problems) {
        if (!node.isArray()) {
            problems.add(new Violation(StandardFields.STOPS, "liste d'arrêts attendue : [{commune, weekday, from, "
                    + "to, place}]"));
            return null;
        }
        List<MobileStop> stops = new ArrayList<>();
        int index = 0;
        for (JsonNode stop : node) {
            if (stop.isNull()) {
                stops.add(null);
            } else if (!stop.isObject()) {
                problems.add(new Violation("stops[" + index + "]", "arrêt attendu : {commune, weekday, from, to, "
                        + "place}"));
            } else {
                stops.add(new MobileStop(text(stop.get("commune")), weekday(stop.get("weekday")),
                        text(stop.get("from")), text(stop.get("to")), text(stop.get("place"))));
            }
            index++;
        }
        return stops;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.isContainer() ? null : node.asString();
    }

    /** 0 (which the rules reject with their own message) when absent or not a whole number. */
    private static int weekday(JsonNode node) {
        if (node == null) {
            return 0;
        }
        if (node.isIntegralNumber()) {
            return node.asInt();
        }
        if (node.isString() && node.asString().strip().matches("\\d{1,2}")) {
            return Integer.parseInt(node.asString().strip());
        }
        return 0;
    }
}
