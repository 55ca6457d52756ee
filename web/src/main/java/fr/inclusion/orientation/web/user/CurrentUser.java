package fr.inclusion.orientation.web.user;

import org.springframework.security.oauth2.jwt.Jwt;

import fr.inclusion.orientation.support.security.Caller;

/**
 * The signed-in person: the {@link Caller} their access token describes, and the name the pages greet them by.
 * Pages choose by it: the home page of each role, the secretary's first commune, the venue of its staff.
 */
public record CurrentUser(Caller caller, String name) {

    public static CurrentUser of(Jwt jwt) {
        Caller caller = Caller.from(jwt);
        String name = jwt.getClaimAsString("name");
        return new CurrentUser(caller, name == null || name.isBlank() ? caller.username() : name);
    }

    public boolean isSecretary() {
        return caller.has(Caller.SECRETARY);
    }

    public boolean isVenueStaff() {
        return caller.has(Caller.VENUE_STAFF);
    }

    public boolean isCoordinator() {
        return caller.has(Caller.COORDINATOR);
    }

    public boolean isAdmin() {
        return caller.has(Caller.ADMIN);
    }

    /** Her first commune: the default of every commune field; null for whoever has none. */
    public String firstCommune() {
        return caller.communes().isEmpty() ? null : caller.communes().getFirst();
    }

    public String venueId() {
        return caller.venue().orElse(null);
    }
}
