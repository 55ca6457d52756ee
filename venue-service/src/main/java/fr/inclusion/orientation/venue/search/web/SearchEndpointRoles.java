package fr.inclusion.orientation.venue.search.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;

/** Coverage is for coordinators and admins; search is open to every authenticated role (the default). */
@Configuration(proxyBeanMethods = false)
class SearchEndpointRoles {

    @Bean
    EndpointRoles coverageRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/territory/coverage").hasAnyRole("admin", "coordinator");
    }
}
