package fr.inclusion.orientation.reference.territory;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import fr.inclusion.orientation.reference.csv.CsvFormatException;
import fr.inclusion.orientation.reference.csv.CsvText;

/**
 * A département's reference file: one line per commune, columns
 * {@code code_insee,nom,codes_postaux,population,epci_siren,epci_nom,latitude,longitude} (in any order, others
 * ignored; {@code ,} or {@code ;}, UTF-8 with or without BOM, see {@link CsvText}). Postal codes are joined with
 * {@code |} (or {@code ;}); the EPCI is empty for a commune in none; coordinates are WGS84 decimals (a decimal comma is
 * read too). Every commune is of the same département, the one of the first valid line.
 *
 * <p>Lines that break a rule are rejected one by one with their line number, column and why, in French; a file that
 * is no CSV, lacks a column or has no valid commune is an {@link InvalidDepartementFileException}.
 *
 * <p>The files shipped with this module (one per département, {@code departements/<code>.csv} beside this class's
 * package, listed in {@code departements/bundled.txt}) are read by {@link #bundled()}.
 */
public final class DepartementFile {

    public static final List<String> HEADER = List.of("code_insee", "nom", "codes_postaux", "population",
            "epci_siren", "epci_nom", "latitude", "longitude");

    private static final String BUNDLED = "/fr/inclusion/orientation/reference/departements/";
    private static final Pattern POSTAL_CODES = Pattern.compile("\\d{5}([|;]\\d{5})*");
    private static final Pattern SIREN = Pattern.compile("\\d{9}");

    /** A line not taken: its number (the header is line 1), the column at fault (none: the whole line), why. */
    public record Rejected(int line, String field, String message) {
    }

    /** What a file gives: the département and its valid communes, and the lines rejected. */
    public record Result(Departement departement, List<Rejected> rejected) {
    }

    private DepartementFile() {
    }

    /**
     * @throws InvalidDepartementFileException when the text is no CSV, lacks a column or holds no valid commune
     */
    public static Result read(String text) {
        CsvText csv;
        try {
            csv = CsvText.parse(text);
        } catch (CsvFormatException e) {
            throw new InvalidDepartementFileException(e.line(), "Fichier illisible, " + e.getMessage() + ".");
        }
        List<String> missing = csv.missing(HEADER);
        if (!missing.isEmpty()) {
            throw new InvalidDepartementFileException(1, "ligne 1 : colonne" + (missing.size() > 1 ? "s" : "")
                    + " manquante" + (missing.size() > 1 ? "s" : "") + " : " + String.join(", ", missing)
                    + " (en-tête attendu : " + String.join(csv.separator() + "", HEADER) + ").");
        }
        List<Commune> communes = new ArrayList<>();
        List<Rejected> rejected = new ArrayList<>();
        Map<String, Integer> lineOfCode = new HashMap<>();
        String departement = null;
        for (CsvText.Row row : csv.rows()) {
            List<Rejected> faults = new ArrayList<>();
            Commune commune = commune(row, csv.header().size(), faults);
            if (commune != null) {
                Integer first = lineOfCode.putIfAbsent(commune.code(), row.line());
                if (first != null) {
                    faults.add(new Rejected(row.line(), "code_insee", "la commune " + commune.code()
                            + " est déjà donnée ligne " + first));
                } else if (departement == null) {
                    departement = commune.departement();
                } else if (!departement.equals(commune.departement())) {
                    faults.add(new Rejected(row.line(), "code_insee", "la commune " + commune.code()
                            + " est du département " + commune.departement() + ", le fichier du département "
                            + departement));
                }
            }
            if (faults.isEmpty()) {
                communes.add(commune);
            } else {
                rejected.addAll(faults);
            }
        }
        if (departement == null || communes.isEmpty()) {
            throw new InvalidDepartementFileException(csv.rows().isEmpty() ? 1 : csv.rows().getFirst().line(),
                    "Aucune commune valide dans le fichier" + (rejected.isEmpty() ? "."
                            : " (" + rejected.size() + " ligne" + (rejected.size() > 1 ? "s" : "")
                            + " rejetée" + (rejected.size() > 1 ? "s" : "") + ", par exemple ligne "
                            + rejected.getFirst().line() + " : " + rejected.getFirst().message() + ")."));
        }
        return new Result(new Departement(departement, communes), List.copyOf(rejected));
    }

    /** Reads UTF-8 bytes (see {@link #read(String)}). */
    public static Result read(InputStream in) {
        try (in) {
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The départements whose file ships with this module, every line valid.
     *
     * @throws IllegalStateException naming the file and the line when a shipped file has a defect
     */
    public static List<Departement> bundled() {
        List<Departement> departements = new ArrayList<>();
        for (String code : resource("bundled.txt").lines().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String file = code + ".csv";
            Result result;
            try {
                result = read(resource(file));
            } catch (InvalidDepartementFileException e) {
                throw new IllegalStateException(BUNDLED + file + ": " + e.getMessage(), e);
            }
            if (!result.rejected().isEmpty()) {
                Rejected first = result.rejected().getFirst();
                throw new IllegalStateException(BUNDLED + file + " ligne " + first.line() + ", colonne "
                        + first.field() + " : " + first.message());
            }
            if (!result.departement().code().equals(code)) {
                throw new IllegalStateException(BUNDLED + file + " holds the communes of "
                        + result.departement().code());
            }
            departements.add(result.departement());
        }
        return List.copyOf(departements);
    }

    private static String resource(String name) {
        try (InputStream in = DepartementFile.class.getResourceAsStream(BUNDLED + name)) {
            if (in == null) {
                throw new IllegalStateException("Missing reference file " + BUNDLED + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The commune of a row, or {@code null} with its faults added. */
    private static Commune commune(CsvText.Row row, int width, List<Rejected> faults) {
        int line = row.line();
        if (row.size() != width) {
            faults.add(new Rejected(line, null, row.size() + " champ" + (row.size() > 1 ? "s" : "")
                    + " au lieu de " + width));
            return null;
        }
        String code = row.get("code_insee");
        if (!InseeCodes.isCommuneCode(code)) {
            faults.add(new Rejected(line, "code_insee", wrong(code, "n'est pas un code INSEE de commune",
                    "code INSEE de commune attendu", "(5 caractères, par exemple 55427, 2A004 ou 97411)")));
        }
        String name = row.get("nom");
        if (name.isEmpty()) {
            faults.add(new Rejected(line, "nom", "le nom de la commune est vide"));
        }
        String postalCodes = row.get("codes_postaux");
        if (!POSTAL_CODES.matcher(postalCodes).matches()) {
            faults.add(new Rejected(line, "codes_postaux", wrong(postalCodes,
                    "n'est pas une liste de codes postaux", "codes postaux attendus",
                    "(5 chiffres chacun, séparés par |, par exemple 55000|55010)")));
        }
        Long population = wholeNumber(row.get("population"));
        if (population == null) {
            faults.add(new Rejected(line, "population", wrong(row.get("population"),
                    "n'est pas une population", "population attendue", "(nombre entier positif ou nul)")));
        }
        String siren = row.get("epci_siren");
        String epciName = row.get("epci_nom");
        if (!siren.isEmpty() && !SIREN.matcher(siren).matches()) {
            faults.add(new Rejected(line, "epci_siren", "« " + siren + " » n'est pas un SIREN (9 chiffres)"));
        } else if (!siren.isEmpty() && epciName.isEmpty()) {
            faults.add(new Rejected(line, "epci_nom", "le nom de l'EPCI " + siren + " est vide"));
        }
        Double latitude = decimal(row.get("latitude"), -90, 90);
        if (latitude == null) {
            faults.add(new Rejected(line, "latitude", wrong(row.get("latitude"), "n'est pas une latitude",
                    "latitude attendue", "(nombre décimal entre -90 et 90)")));
        }
        Double longitude = decimal(row.get("longitude"), -180, 180);
        if (longitude == null) {
            faults.add(new Rejected(line, "longitude", wrong(row.get("longitude"), "n'est pas une longitude",
                    "longitude attendue", "(nombre décimal entre -180 et 180)")));
        }
        if (!faults.isEmpty()) {
            return null;
        }
        return new Commune(code, name, List.of(postalCodes.split("[|;]")), population, siren,
                siren.isEmpty() ? "" : epciName, latitude, longitude);
    }

    /**
     * {@code « 91 » n'est pas une latitude (…)} for a wrong value, {@code valeur manquante : latitude attendue (…)} for
     * an empty one.
     */
    private static String wrong(String value, String isNot, String expected, String hint) {
        return value.isEmpty() ? "valeur manquante : " + expected + " " + hint
                : "« " + value + " » " + isNot + " " + hint;
    }

    private static Long wholeNumber(String text) {
        if (!text.matches("\\d{1,12}")) {
            return null;
        }
        return Long.parseLong(text);
    }

    private static Double decimal(String text, double min, double max) {
        if (!text.matches("-?\\d{1,3}([.,]\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(text.replace(',', '.'));
        return value >= min && value <= max ? value : null;
    }
}
