package fr.inclusion.orientation.venue.exchange.web;

/** Neither CSV nor JSON (nor a form carrying one of them). */
class UnsupportedImportTypeException extends RuntimeException {

    private final String received;

    UnsupportedImportTypeException(String received) {
        super("Unsupported import type " + received);
        this.received = received;
    }

    String received() {
        return received;
    }
}
