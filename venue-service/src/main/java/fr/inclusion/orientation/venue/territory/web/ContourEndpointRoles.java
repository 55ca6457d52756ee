package fr.inclusion.orientation.venue.territory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;
import fr.inclusion.orientation.support.web.ImportEndpoints;

/**
 * Only administrators import commune contours, refused before the file is read; its body passes the service's import
 * limit ({@code orientation.http.max-import-size}). Coordinators and administrators read them (public geography, so
 * a coordinator may draw any territory).
 */
@Configuration(proxyBeanMethods = false)
class ContourEndpointRoles {

    @Bean
    EndpointRoles contourRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/territory/contours").hasRole("admin")
                .requestMatchers(HttpMethod.GET, "/api/territory/contours").hasAnyRole("admin", "coordinator");
    }

    @Bean
    ImportEndpoints contourFile() {
        return ImportEndpoints.post("/api/territory/contours");
    }
}
