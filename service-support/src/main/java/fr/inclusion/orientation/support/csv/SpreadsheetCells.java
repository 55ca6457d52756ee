package fr.inclusion.orientation.support.csv;

import java.util.regex.Pattern;

/**
 * CSV cells a spreadsheet will not run as formulas (CSV injection): a value starting with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a leading {@code '}, which spreadsheets read as
 * "text" and do not show. A plain negative number ({@code -4.48}, a longitude west of Greenwich) is no formula and stays
 * as it is (a leading {@code +} is prefixed: {@code +33…} is a phone number to keep as text). A value that itself starts with {@code '} gets one more, so that {@link #restored} gives back exactly what
 * {@link #neutralised} was given: an export read back by an import changes nothing.
 */
public final class SpreadsheetCells {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("-?\\d+([.,]\\d+)?");

    private SpreadsheetCells() {
    }

    /** The value as a cell a spreadsheet shows as text (before any CSV quoting). */
    public static String neutralised(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        char first = value.charAt(0);
        boolean formula = FORMULA_STARTS.indexOf(first) >= 0 && !NUMBER.matcher(value).matches();
        return formula || first == '\'' ? "'" + value : value;
    }

    /** The value a cell written by {@link #neutralised} stood for (after CSV unquoting). */
    public static String restored(String cell) {
        if (cell == null || cell.length() < 2 || cell.charAt(0) != '\'') {
            return cell;
        }
        char next = cell.charAt(1);
        return FORMULA_STARTS.indexOf(next) >= 0 || next == '\'' ? cell.substring(1) : cell;
    }
}
