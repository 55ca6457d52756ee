package fr.inclusion.orientation.venue.territory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;

/**
 * Only administrators and coordinators import the fragility index, refused before the file is read; a coordinator's
 * file is then checked line by line against their territory ({@code FragilityImport}).
 */
@Configuration(proxyBeanMethods = false)
class TerritoryEndpointRoles {

    @Bean
    EndpointRoles territoryWriteRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/territory/fragility").hasAnyRole("admin", "coordinator");
    }
}
