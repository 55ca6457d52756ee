package fr.inclusion.orientation.venue.directory.domain;

/** {@code horaires} that are not in the OpenStreetMap opening_hours syntax; the message is French, for the user. */
public class InvalidOpeningHoursException extends RuntimeException {

    public InvalidOpeningHoursException(String message) {
        super(message);
    }
}
