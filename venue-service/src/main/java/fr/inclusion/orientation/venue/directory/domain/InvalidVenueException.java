package fr.inclusion.orientation.venue.directory.domain;

import java.util.List;

/** A venue record breaks one or more rules of the national standard or of the network. */
public class InvalidVenueException extends RuntimeException {

    private final List<Violation> violations;

    public InvalidVenueException(List<Violation> violations) {
        super("Invalid venue: " + violations.stream().map(Violation::field).toList());
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
