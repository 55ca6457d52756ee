package fr.inclusion.orientation.venue.territory.domain;

import java.util.ArrayList;
import java.util.List;

/** One line of a territory CSV file (reference communes, EPCI, IFN) split into its fields. */
public final class CsvFields {

    private CsvFields() {
    }

    /** Fields separated by {@code separator}, optionally in double quotes (a doubled quote is a quote). */
    public static List<String> split(String line, char separator) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
