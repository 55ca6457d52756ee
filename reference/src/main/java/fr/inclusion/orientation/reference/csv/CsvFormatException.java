package fr.inclusion.orientation.reference.csv;

/**
 * A text that cannot be read as CSV at all (unterminated quote, text after a closing quote, no header): the message,
 * in French, names the line (the header is line 1).
 */
public class CsvFormatException extends IllegalArgumentException {

    private final int line;

    public CsvFormatException(int line, String message) {
        super("ligne " + line + " : " + message);
        this.line = line;
    }

    /** The physical line at fault (the first line of the text is 1). */
    public int line() {
        return line;
    }
}
