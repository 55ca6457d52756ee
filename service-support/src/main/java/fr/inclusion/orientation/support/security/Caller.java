package fr.inclusion.orientation.support.security;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Who is calling, read from the Keycloak access token: the user id ({@code sub}), the flat {@code roles} claim and
 * the scope attributes {@code communes} (INSEE codes), {@code venue_id} and {@code territory} (département code or
 * EPCI SIREN).
 */
public record Caller(String id, String username, Set<String> roles, List<String> communes, String venueId,
        String territory) {

    public static final String SECRETARY = "secretary";
    public static final String VENUE_STAFF = "venue_staff";
    public static final String COORDINATOR = "coordinator";
    public static final String ADMIN = "admin";

    public static Caller from(Jwt jwt) {
        return new Caller(
                jwt.getSubject(),
                jwt.getClaimAsString("preferred_username"),
                Set.copyOf(strings(jwt.getClaim("roles"))),
                strings(jwt.getClaim("communes")),
                jwt.getClaimAsString("venue_id"),
                jwt.getClaimAsString("territory"));
    }

    public boolean has(String role) {
        return roles.contains(role);
    }

    public boolean servesCommune(String inseeCode) {
        return communes.contains(inseeCode);
    }

    public Optional<String> venue() {
        return Optional.ofNullable(venueId).filter(v -> !v.isBlank());
    }

    /** Claims may be a list or, when Keycloak maps a single value, a plain string. */
    static List<String> strings(Object claim) {
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.toUnmodifiableList());
        }
        if (claim instanceof String value && !value.isBlank()) {
            return List.of(value);
        }
        return List.of();
    }
}
