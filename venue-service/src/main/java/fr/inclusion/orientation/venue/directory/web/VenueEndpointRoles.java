package fr.inclusion.orientation.venue.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;

/**
 * Who may write the directory, checked before the body is read; "own venue only" and "inside the coordinator's
 * territory" are checked by the use case ({@code VenueAccess}).
 */
@Configuration(proxyBeanMethods = false)
class VenueEndpointRoles {

    @Bean
    EndpointRoles venueWriteRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/venues").hasAnyRole("admin", "coordinator")
                .requestMatchers(HttpMethod.PUT, "/api/venues/*").hasAnyRole("admin", "coordinator", "venue_staff");
    }
}
