package fr.inclusion.orientation.venue.territory.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;
import fr.inclusion.orientation.support.web.ImportEndpoints;

/**
 * Only administrators and coordinators import the fragility index, refused before the file is read; a coordinator's
 * file is then checked line by line against their territory ({@code FragilityImport}). Its body passes the service's
 * import limit ({@code orientation.http.max-import-size}), then the file's own
 * ({@code orientation.territory.fragility.max-size}, see {@link CsvUpload}).
 */
@Configuration(proxyBeanMethods = false)
class TerritoryEndpointRoles {

    @Bean
    EndpointRoles territoryWriteRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.POST, "/api/territory/fragility").hasAnyRole("admin", "coordinator");
    }

    @Bean
    ImportEndpoints fragilityFile() {
        return ImportEndpoints.post("/api/territory/fragility");
    }
}
