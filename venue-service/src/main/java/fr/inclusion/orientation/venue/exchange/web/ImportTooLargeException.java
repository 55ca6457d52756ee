package fr.inclusion.orientation.venue.exchange.web;

/** The file is larger than {@code orientation.import.max-size}. */
class ImportTooLargeException extends RuntimeException {

    ImportTooLargeException() {
        super("Import file too large");
    }
}
