package fr.inclusion.orientation.venue.exchange.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import fr.inclusion.orientation.reference.csv.CsvFormatException;
import fr.inclusion.orientation.reference.csv.CsvText;
import fr.inclusion.orientation.support.csv.SpreadsheetCells;
import fr.inclusion.orientation.venue.exchange.domain.StandardFields;
import fr.inclusion.orientation.venue.exchange.domain.StandardRecords;
import fr.inclusion.orientation.venue.exchange.domain.StandardRow;
import fr.inclusion.orientation.venue.directory.domain.Violation;

/**
 * The standard's CSV form. Reading (the reference module's {@link CsvText}) accepts what producers send: {@code ,} or
 * {@code ;} (detected from the header), with or without a UTF-8 byte order mark, CRLF or LF, quoted fields; UTF-8
 * unless the request says otherwise, with a fallback to Windows-1252 (spreadsheets' "CSV" on Windows) when the bytes
 * are not UTF-8. From a line that is no CSV (a quote left open, text after a closing quote), the rest of the file is
 * one unreadable row; the rows before it are kept. Writing is canonical:
 * {@code ,}, CRLF, UTF-8 without BOM, the standard's column order, quotes only where RFC 4180 needs them, cells a
 * spreadsheet would run as formulas written as text ({@link SpreadsheetCells}; reading gives their value back).
 */
public final class StandardCsv {

    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String LINE_BREAK = "\r\n";

    private StandardCsv() {
    }

    public static ImportFile read(byte[] content, Charset charset) {
        String text = decode(content, charset);
        CsvText csv;
        try {
            csv = CsvText.parsePartly(text);
        } catch (CsvFormatException e) {
            // nothing but blank records, such as a lone "" (an empty quoted field)
            throw empty();
        }
        List<String> columns = columns(csv);
        List<StandardRow> rows = new ArrayList<>();
        for (CsvText.Row record : csv.rows()) {
            rows.add(row(record, columns));
        }
        csv.fault().ifPresent(fault -> rows.add(StandardRow.unreadable(fault.line(), List.of(new Violation(null,
                "guillemet ouvert jamais fermé, ou texte après un guillemet fermant : la fin du fichier à partir de cette "
                        + "ligne est illisible")))));
        return new ImportFile(ImportFormat.CSV, rows);
    }

    private static InvalidImportFileException empty() {
        return new InvalidImportFileException("Le fichier est vide : la première ligne doit être l'en-tête du "
                + "standard national, suivie d'une ligne par lieu.");
    }

    public static void writeHeader(Writer out) {
        write(out, String.join(",", StandardFields.ORDER) + LINE_BREAK);
    }

    /** One record, from the typed values of {@link StandardRecords#values}. */
    public static void writeRecord(Writer out, Map<String, Object> values) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < StandardFields.ORDER.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(quote(SpreadsheetCells.neutralised(StandardRecords.flat(values.get(StandardFields.ORDER.get(i))))));
        }
        write(out, line.append(LINE_BREAK).toString());
    }

    static String quote(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0
                && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static List<String> columns(CsvText csv) {
        List<String> columns = csv.header().stream()
                .map(name -> Normalizer.normalize(name, Normalizer.Form.NFC).strip().toLowerCase(Locale.ROOT))
                .toList();
        List<Violation> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String column : columns) {
            if (column.isEmpty()) {
                errors.add(new Violation("", "colonne sans nom"));
            } else if (!StandardFields.isStandard(column)) {
                errors.add(new Violation(column, "colonne inconnue du standard national"));
            } else if (!seen.add(column)) {
                errors.add(new Violation(column, "colonne en double"));
            }
        }
        if (csv.header().isEmpty() && csv.fault().isPresent()) {
            errors.add(new Violation("", "guillemet ouvert jamais fermé, ou texte après un guillemet fermant, dans "
                    + "l'en-tête"));
        }
        for (String required : StandardFields.REQUIRED) {
            if (!columns.contains(required)) {
                errors.add(new Violation(required, "colonne obligatoire absente"));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidImportFileException("La ligne " + csv.headerLine() + " doit être l'en-tête du standard "
                    + "national : les noms de ses colonnes, dont " + String.join(", ", StandardFields.REQUIRED)
                    + " (colonnes possibles : " + String.join(", ", StandardFields.ORDER) + ").", errors);
        }
        return columns;
    }

    private static StandardRow row(CsvText.Row record, List<String> columns) {
        List<String> fields = record.values();
        int width = fields.size();
        // trailing empty fields (a spreadsheet's extra separators) are harmless
        while (width > columns.size() && fields.get(width - 1).isBlank()) {
            width--;
        }
        if (width != columns.size()) {
            return StandardRow.unreadable(record.line(), List.of(new Violation(null, "la ligne compte " + width
                    + " champ(s) alors que l'en-tête en annonce " + columns.size()
                    + " (séparateur ou guillemet manquant ?)")));
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columns.size(); i++) {
            if (!fields.get(i).isBlank()) {
                // what the export neutralised as a formula ('=…) reads back as it was
                values.put(columns.get(i), SpreadsheetCells.restored(fields.get(i)));
            }
        }
        return StandardRow.of(record.line(), values);
    }

    private static String decode(byte[] content, Charset charset) {
        int offset = startsWithBom(content) ? UTF8_BOM.length : 0;
        String text;
        if (charset != null) {
            text = new String(content, offset, content.length - offset, charset);
        } else {
            try {
                text = StandardCharsets.UTF_8.newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(content, offset, content.length - offset))
                        .toString();
            } catch (CharacterCodingException e) {
                text = new String(content, offset, content.length - offset, WINDOWS_1252);
            }
        }
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static boolean startsWithBom(byte[] content) {
        return content.length >= 3 && content[0] == UTF8_BOM[0] && content[1] == UTF8_BOM[1]
                && content[2] == UTF8_BOM[2];
    }

    private static void write(Writer out, String text) {
        try {
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
