package fr.inclusion.orientation.venue.exchange.application;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4180 records from text: fields separated by one character, records by CRLF, LF or CR; a field in double
 * quotes may hold separators, line breaks and doubled quotes. Lenient where producers commonly stray: a quote
 * inside an unquoted field is kept as text, and text after a closing quote is kept too.
 */
final class CsvReader {

    /**
     * @param line         physical line where the record starts (the first line is 1)
     * @param unterminated a quoted field was still open at the end of the text
     */
    record Record(int line, List<String> fields, boolean unterminated) {

        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    private final String text;
    private final char separator;
    private int position;
    private int line = 1;

    CsvReader(String text, char separator) {
        this.text = text;
        this.separator = separator;
    }

    /**
     * {@code ;} when the first record has more semicolons than commas outside quotes, else {@code ,}: a French
     * spreadsheet writes {@code ;} and keeps commas for decimals.
     */
    static char detectSeparator(String text) {
        int commas = 0;
        int semicolons = 0;
        boolean quoted = false;
        boolean started = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                if (started) {
                    break;
                }
            } else if (!quoted && c == ',') {
                commas++;
            } else if (!quoted && c == ';') {
                semicolons++;
            }
            started |= c != '\n' && c != '\r';
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The next record, or {@code null} at the end of the text. */
    Record next() {
        if (position >= text.length()) {
            return null;
        }
        int start = line;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean fieldStart = true;
        while (position < text.length()) {
            char c = text.charAt(position);
            if (fieldStart && c == '"') {
                position++;
                if (!readQuoted(field)) {
                    fields.add(field.toString());
                    return new Record(start, fields, true);
                }
                fieldStart = false;
            } else if (c == separator) {
                position++;
                fields.add(field.toString());
                field.setLength(0);
                fieldStart = true;
            } else if (c == '\n' || c == '\r') {
                skipLineBreak();
                fields.add(field.toString());
                return new Record(start, fields, false);
            } else {
                field.append(c);
                position++;
                fieldStart = false;
            }
        }
        fields.add(field.toString());
        return new Record(start, fields, false);
    }

    /** Reads up to the closing quote, which it consumes; false if the text ends first. */
    private boolean readQuoted(StringBuilder field) {
        while (position < text.length()) {
            char c = text.charAt(position);
            if (c == '"') {
                if (position + 1 < text.length() && text.charAt(position + 1) == '"') {
                    field.append('"');
                    position += 2;
                } else {
                    position++;
                    return true;
                }
            } else if (c == '\n' || c == '\r') {
                // a line break inside a value is part of it, as written (CRLF stays CRLF)
                int from = position;
                skipLineBreak();
                field.append(text, from, position);
            } else {
                field.append(c);
                position++;
            }
        }
        return false;
    }

    private void skipLineBreak() {
        if (text.charAt(position) == '\r' && position + 1 < text.length() && text.charAt(position + 1) == '\n') {
            position += 2;
        } else {
            position++;
        }
        line++;
    }
}
