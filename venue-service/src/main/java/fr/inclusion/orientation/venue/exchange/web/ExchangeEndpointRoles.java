package fr.inclusion.orientation.venue.exchange.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;
import fr.inclusion.orientation.support.web.ImportEndpoints;

/**
 * Imports are for admins and coordinators, refused before the file is read (a coordinator's rows outside their
 * territory are then rejected one by one, {@code VenueUpserts}); exports are for anyone authenticated
 * (the service's default rule). Ordered first so that a broader rule on {@code /api/venues/*} added later cannot
 * shadow them. The import's body may be as large as {@code orientation.http.max-import-size}.
 */
@Configuration(proxyBeanMethods = false)
class ExchangeEndpointRoles {

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    EndpointRoles venueExchangeRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/venues/import").hasAnyRole("admin", "coordinator")
                .requestMatchers(HttpMethod.GET, "/api/imports/*").hasAnyRole("admin", "coordinator");
    }

    @Bean
    ImportEndpoints venueFile() {
        return ImportEndpoints.post("/api/venues/import");
    }
}
