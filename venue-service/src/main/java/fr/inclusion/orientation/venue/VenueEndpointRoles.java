package fr.inclusion.orientation.venue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;
import fr.inclusion.orientation.support.web.ImportEndpoints;

/**
 * Who may call what in the venue service, in one table, checked before the body is read. Every endpoint not listed
 * is open to anyone authenticated (the service's default rule): reading and searching the directory, exports,
 * proposing a correction (reading one proposal is for its author too, checked by the use case). Finer,
 * data-dependent checks stay in the use cases: "own venue only" and "inside the coordinator's territory"
 * ({@code VenueAccess}, {@code TerritoryScope}), a coordinator's import rows outside their territory rejected one
 * by one ({@code VenueDirectory#upsert}, {@code FragilityImport}).
 */
@Configuration(proxyBeanMethods = false)
class VenueEndpointRoles {

    private static final String ADMIN = "admin";
    private static final String COORDINATOR = "coordinator";
    private static final String VENUE_STAFF = "venue_staff";

    /** The exchange's paths come first, so that no rule on {@code /api/venues/*} can shadow them. */
    @Bean
    EndpointRoles venueServiceRoles() {
        return rules -> rules
                // exchange: imports for admins and coordinators, exports for anyone authenticated
                .requestMatchers(HttpMethod.POST, "/api/venues/import").hasAnyRole(ADMIN, COORDINATOR)
                .requestMatchers(HttpMethod.GET, "/api/imports/*").hasAnyRole(ADMIN, COORDINATOR)
                // directory
                .requestMatchers(HttpMethod.POST, "/api/venues").hasAnyRole(ADMIN, COORDINATOR)
                .requestMatchers(HttpMethod.PUT, "/api/venues/*").hasAnyRole(ADMIN, COORDINATOR, VENUE_STAFF)
                .requestMatchers(HttpMethod.DELETE, "/api/venues/*").hasAnyRole(ADMIN, COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/venues/*/availability")
                .hasAnyRole(ADMIN, COORDINATOR, VENUE_STAFF)
                .requestMatchers(HttpMethod.GET, "/api/venues/*/history").hasAnyRole(ADMIN, COORDINATOR, VENUE_STAFF)
                // proposals: listing and deciding
                .requestMatchers(HttpMethod.GET, "/api/venue-proposals").hasAnyRole(ADMIN, COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/venue-proposals/*/approve", "/api/venue-proposals/*/reject")
                .hasAnyRole(ADMIN, COORDINATOR)
                // territory: coverage, contours (public geography, so a coordinator may draw any territory),
                // a département's communes, the fragility index (a coordinator's file checked line by line)
                .requestMatchers(HttpMethod.GET, "/api/territory/coverage").hasAnyRole(ADMIN, COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/territory/contours").hasRole(ADMIN)
                .requestMatchers(HttpMethod.GET, "/api/territory/contours").hasAnyRole(ADMIN, COORDINATOR)
                .requestMatchers(HttpMethod.POST, "/api/territory/communes").hasRole(ADMIN)
                .requestMatchers(HttpMethod.POST, "/api/territory/fragility").hasAnyRole(ADMIN, COORDINATOR);
    }

    /**
     * The endpoints whose body is a whole file, up to {@code orientation.http.max-import-size}; the fragility file
     * then has its own limit ({@code orientation.territory.fragility.max-size}, see {@code CsvUpload}).
     */
    @Bean
    ImportEndpoints venueServiceFiles() {
        return ImportEndpoints.post("/api/venues/import", "/api/territory/contours", "/api/territory/communes",
                "/api/territory/fragility");
    }
}
