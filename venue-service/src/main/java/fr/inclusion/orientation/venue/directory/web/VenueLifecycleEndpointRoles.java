package fr.inclusion.orientation.venue.directory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;

/**
 * Who may withdraw a venue, change its availability or read its history; "own venue only" and "inside the
 * coordinator's territory" are the use case's ({@code VenueAccess}).
 */
@Configuration(proxyBeanMethods = false)
class VenueLifecycleEndpointRoles {

    @Bean
    EndpointRoles venueLifecycleRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.DELETE, "/api/venues/*").hasAnyRole("admin", "coordinator")
                .requestMatchers(HttpMethod.POST, "/api/venues/*/availability")
                .hasAnyRole("admin", "coordinator", "venue_staff")
                .requestMatchers(HttpMethod.GET, "/api/venues/*/history")
                .hasAnyRole("admin", "coordinator", "venue_staff");
    }
}
