package fr.inclusion.orientation.reference.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The one CSV reader: RFC 4180 as parsed by Apache Commons CSV (fields optionally in double quotes, a doubled quote is
 * a quote, quoted fields may hold separators and line breaks), with what our files need on top:
 * <ul>
 * <li>a UTF-8 byte order mark is dropped;</li>
 * <li>the separator is detected: {@code ;} when the header has more semicolons than commas outside quotes, else
 * {@code ,} (a French spreadsheet writes {@code ;} and keeps commas for decimals);</li>
 * <li>the first non-blank record is the header; blank lines are skipped; every row keeps the physical line where
 * it starts (the first line of the text is 1), so that errors can name it.</li>
 * </ul>
 * A text that is no CSV at all (a quote left open, text after a closing quote) is a {@link CsvFormatException}
 * naming its line; a row with too few or too many fields is still returned ({@link Row#size()}), for the caller to
 * reject with its line.
 */
public final class CsvText {

    private static final char BOM = '\uFEFF';

    private final List<String> header;
    private final int headerLine;
    private final Map<String, Integer> columns;
    private final char separator;
    private final List<Row> rows;
    private final CsvFormatException fault;

    private CsvText(List<String> header, int headerLine, Map<String, Integer> columns, char separator, List<Row> rows,
            CsvFormatException fault) {
        this.header = List.copyOf(header);
        this.headerLine = headerLine;
        this.columns = columns;
        this.separator = separator;
        this.rows = Collections.unmodifiableList(rows);
        this.fault = fault;
    }

    /** Reads UTF-8 bytes (undecodable bytes become U+FFFD). */
    public static CsvText read(InputStream in) {
        try (in) {
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @throws CsvFormatException when the text is empty or is not CSV; the message names the line
     */
    public static CsvText parse(String text) {
        CsvText csv = parsePartly(text);
        if (csv.fault != null) {
            throw csv.fault;
        }
        return csv;
    }

    /**
     * Like {@link #parse}, but a text that stops being CSV keeps the rows read before: {@link #fault()} then names the
     * line from which the rest is unreadable, for the caller to reject it and keep the others (when the header itself
     * is unreadable, there is no header and no row).
     *
     * @throws CsvFormatException when the text is empty; the message names line 1
     */
    public static CsvText parsePartly(String text) {
        String body = !text.isEmpty() && text.charAt(0) == BOM ? text.substring(1) : text;
        char separator = detectSeparator(body);
        int[] lineStarts = lineStarts(body);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                .setIgnoreEmptyLines(true)
                .setIgnoreSurroundingSpaces(true)
                .get();
        List<String> header = null;
        int headerLine = 1;
        Map<String, Integer> columns = Map.of();
        List<Row> rows = new ArrayList<>();
        long linesRead = 0;
        CsvFormatException fault = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(body), format)) {
            for (CSVRecord record : parser) {
                linesRead = parser.getCurrentLineNumber();
                int line = lineOf(lineStarts, firstCharacter(body, record.getCharacterPosition()));
                List<String> values = Arrays.stream(record.values()).map(String::strip).toList();
                if (values.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = values;
                    headerLine = line;
                    columns = indexOf(values);
                } else {
                    rows.add(new Row(line, values, columns));
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            // the record at fault starts on the line after the last one read whole
            fault = new CsvFormatException((int) Math.min(lineStarts.length, linesRead + 1),
                    "le texte n'est pas un CSV lisible (guillemet non refermé, ou texte après un guillemet fermant ?)");
            if (header == null) {
                return new CsvText(List.of(), fault.line(), columns, separator, rows, fault);
            }
        }
        if (header == null) {
            throw new CsvFormatException(1, "fichier vide : la première ligne doit nommer les colonnes");
        }
        return new CsvText(header, headerLine, columns, separator, rows, fault);
    }

    /**
     * {@code ;} when the first non-blank line has more semicolons than commas outside quotes, else {@code ,}.
     */
    public static char detectSeparator(String text) {
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
            started |= c != '\n' && c != '\r' && !Character.isWhitespace(c);
        }
        return semicolons > commas ? ';' : ',';
    }

    /** The column names, stripped, as the first non-blank line gives them. */
    public List<String> header() {
        return header;
    }

    /** The physical line of the header (1 unless blank lines come first). */
    public int headerLine() {
        return headerLine;
    }

    /** {@code ,} or {@code ;}. */
    public char separator() {
        return separator;
    }

    /** The data rows, blank lines left out. */
    public List<Row> rows() {
        return rows;
    }

    /**
     * Where the text stopped being CSV, the rows from that line on left out ({@link #parsePartly} only; {@link #parse}
     * throws it instead).
     */
    public Optional<CsvFormatException> fault() {
        return Optional.ofNullable(fault);
    }

    /** Whether the header names this column. */
    public boolean has(String column) {
        return columns.containsKey(column);
    }

    /** The columns of {@code expected} the header does not name, in that order. */
    public List<String> missing(List<String> expected) {
        return expected.stream().filter(c -> !columns.containsKey(c)).toList();
    }

    /** One data row: the physical line where it starts (the first line of the text is 1) and its fields, stripped. */
    public static final class Row {

        private final int line;
        private final List<String> values;
        private final Map<String, Integer> columns;

        private Row(int line, List<String> values, Map<String, Integer> columns) {
            this.line = line;
            this.values = values;
            this.columns = columns;
        }

        public int line() {
            return line;
        }

        public List<String> values() {
            return values;
        }

        /** How many fields the row has (the header's count when well formed). */
        public int size() {
            return values.size();
        }

        /** The field under this header column, {@code ""} when the row is too short or the column unknown. */
        public String get(String column) {
            Integer index = columns.get(column);
            return index == null || index >= values.size() ? "" : values.get(index);
        }
    }

    private static Map<String, Integer> indexOf(List<String> header) {
        Map<String, Integer> index = new LinkedHashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i), i);
        }
        return Collections.unmodifiableMap(index);
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                i++;
                starts.add(i + 1);
            } else if (c == '\n' || c == '\r') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Skipped empty lines come before a record's position: its first character is after them. */
    private static int firstCharacter(String text, long position) {
        int p = (int) position;
        while (p < text.length() && (text.charAt(p) == '\n' || text.charAt(p) == '\r')) {
            p++;
        }
        return p;
    }

    /** The line (from 1) holding this character position. */
    private static int lineOf(int[] lineStarts, long position) {
        int index = Arrays.binarySearch(lineStarts, (int) position);
        return (index >= 0 ? index : -index - 2) + 1;
    }
}
