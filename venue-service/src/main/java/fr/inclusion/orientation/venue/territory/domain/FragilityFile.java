package fr.inclusion.orientation.venue.territory.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import fr.inclusion.orientation.reference.csv.CsvFormatException;
import fr.inclusion.orientation.reference.csv.CsvText;

/**
 * The public per-commune IFN file (Indice de Fragilité Numérique, current model: indicators and total on 1..10,
 * 10 = most fragile), read line by line: every valid line gives a {@link Fragility}, every other line a
 * {@link RejectedLine} saying why, so that one bad line never costs the good ones. Read with the reference module's
 * {@link CsvText}; a text that is no CSV at all (a quote left open) is refused whole, naming its line.
 * <p>
 * Tolerated, because spreadsheets produce them: a UTF-8 byte order mark, CRLF line ends, {@code ;} as separator
 * (then decimals may be written {@code 6,5}), quoted fields, blank lines, empty trailing columns, and INSEE codes
 * whose leading zero was dropped ({@code 1053} for {@code 01053}). Rows of another division than {@code city}
 * (EPCI, département) are rejected with a reason: the index is kept per commune. A commune present twice keeps its
 * first line; the second is rejected. A line whose values are all 0 is the file's way of saying that the index could
 * not be computed (communes without inhabitants): it is imported as {@link Fragility#notComputed(String)}.
 */
public final class FragilityFile {

    public static final List<String> HEADER = List.of("name", "division", "code", "no_thd_coverage_rate",
            "no_4g_coverage_rate", "poverty_rate", "older_65_rate", "nscol15p_rate", "total");

    private static final String CITY = "city";
    private static final double MIN = 1;
    private static final double MAX = 10;
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+([.,]\\d*)?|[.,]\\d+)([eE][+-]?\\d+)?");

    private FragilityFile() {
    }

    /**
     * The lines read: what can be imported, and what cannot.
     *
     * @param communes every commune line naming a code (division {@code city}), valid or not, with its line: where
     *                 the file writes, for the importer's territory
     */
    public record Rows(List<Fragility> accepted, List<RejectedLine> rejected, List<CommuneLine> communes) {

        public Rows {
            accepted = List.copyOf(accepted);
            rejected = List.copyOf(rejected);
            communes = List.copyOf(communes);
        }
    }

    /** A commune line's number in the file (header = 1) and its INSEE code as read (leading zero restored). */
    public record CommuneLine(int line, String code) {
    }

    /**
     * @param knownCommune whether an INSEE code is one of the reference communes
     * @throws InvalidFragilityFileException when the file is empty or its header is not the IFN header
     */
    public static Rows read(String text, Predicate<String> knownCommune) {
        CsvText csv;
        try {
            csv = CsvText.parse(text);
        } catch (CsvFormatException e) {
            if (e.line() == 1 && (text.isBlank() || text.strip().equals("\uFEFF"))) {
                throw new InvalidFragilityFileException("Le fichier est vide : la première ligne doit être l'en-tête "
                        + String.join(",", HEADER) + ".");
            }
            throw new InvalidFragilityFileException("Fichier illisible, " + e.getMessage() + ".");
        }
        char separator = csv.separator();
        List<String> header = withoutTrailingBlanks(csv.header());
        if (!header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().equals(HEADER)) {
            throw new InvalidFragilityFileException("L'en-tête du fichier doit être exactement « "
                    + String.join(",", HEADER) + " » (séparateur , ou ;) ; reçu : « "
                    + abbreviate(String.join(String.valueOf(separator), csv.header())) + " ».");
        }
        List<Fragility> accepted = new ArrayList<>();
        List<RejectedLine> rejected = new ArrayList<>();
        List<CommuneLine> communes = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        for (CsvText.Row line : csv.rows()) {
            int number = line.line();
            List<String> fields = withoutTrailingBlanks(line.values());
            if (fields.size() != HEADER.size()) {
                rejected.add(new RejectedLine(number, HEADER.size() + " colonnes attendues, " + fields.size()
                        + " trouvée" + (fields.size() > 1 ? "s" : "") + " (séparateur « " + separator + " »)"));
                continue;
            }
            Row row = new Row(fields, knownCommune);
            if (row.isCommune && !row.code.isEmpty()) {
                communes.add(new CommuneLine(number, row.code));
            }
            if (row.problems.isEmpty() && firstLineOf.containsKey(row.code)) {
                row.problems.add("commune " + row.code + " déjà présente ligne " + firstLineOf.get(row.code)
                        + " du fichier");
            }
            if (row.problems.isEmpty()) {
                firstLineOf.put(row.code, number);
                accepted.add(row.fragility());
            } else {
                rejected.add(new RejectedLine(number, String.join(" ; ", row.problems)));
            }
        }
        return new Rows(accepted, rejected, communes);
    }

    /** One data line, checked field by field so that its reason lists every problem at once. */
    private static final class Row {

        final List<String> problems = new ArrayList<>();
        final String code;
        final boolean isCommune;
        final Double[] values = new Double[6];
        boolean notComputed;

        Row(List<String> fields, Predicate<String> knownCommune) {
            String division = fields.get(1).strip();
            if (division.isEmpty()) {
                problems.add("division manquante (city attendu)");
            } else if (!division.equalsIgnoreCase(CITY)) {
                problems.add("division « " + division + " » non importée : l'indice est importé par commune "
                        + "(division city) ; les lignes d'EPCI ou de département sont ignorées");
            }
            code = inseeCode(fields.get(2).strip());
            isCommune = problems.isEmpty();
            if (!problems.isEmpty()) {
                // not a commune's line: its code is no INSEE code, nothing more to say
                return;
            }
            if (code.isEmpty()) {
                problems.add("code INSEE de la commune manquant");
            } else if (!knownCommune.test(code)) {
                problems.add("commune inconnue : le code INSEE « " + code
                        + " » n'est pas dans le référentiel des communes");
            }
            notComputed = fields.subList(3, HEADER.size()).stream().map(String::strip).allMatch(Row::isZero);
            if (notComputed) {
                return;
            }
            for (int column = 3; column < HEADER.size(); column++) {
                values[column - 3] = number(HEADER.get(column), fields.get(column).strip(),
                        column == HEADER.size() - 1);
            }
        }

        private Double number(String column, String raw, boolean required) {
            if (raw.isEmpty()) {
                if (required) {
                    problems.add(column + " manquant : la note globale est obligatoire");
                }
                return null;
            }
            if (!NUMBER.matcher(raw).matches()) {
                problems.add(column + " : « " + abbreviate(raw) + " » n'est pas un nombre");
                return null;
            }
            double value = Double.parseDouble(raw.replace(',', '.'));
            if (value < MIN || value > MAX) {
                problems.add(column + " : " + raw + " hors de l'échelle de 1 à 10");
                return null;
            }
            return value;
        }

        Fragility fragility() {
            if (notComputed) {
                return Fragility.notComputed(code);
            }
            return new Fragility(code, values[0], values[1], values[2], values[3], values[4], values[5]);
        }

        private static boolean isZero(String value) {
            return NUMBER.matcher(value).matches() && Double.parseDouble(value.replace(',', '.')) == 0;
        }

        /** Spreadsheets read {@code 01053} as a number and write {@code 1053}. */
        private static String inseeCode(String raw) {
            String code = raw.toUpperCase(Locale.ROOT);
            return code.length() == 4 && code.chars().allMatch(Character::isDigit) ? "0" + code : code;
        }
    }

    /** {@code a,b,c,,} written by a spreadsheet that had wider rows elsewhere is {@code a,b,c}. */
    private static List<String> withoutTrailingBlanks(List<String> fields) {
        int size = fields.size();
        while (size > HEADER.size() && fields.get(size - 1).isBlank()) {
            size--;
        }
        return fields.subList(0, size);
    }

    private static String abbreviate(String text) {
        return text.length() <= 120 ? text : text.substring(0, 120) + "…";
    }
}
