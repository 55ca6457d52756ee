package fr.inclusion.orientation.referral.flows.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;

/** Flows and escalations are for coordinators and admins: any other role gets 403 before a parameter is read. */
@Configuration(proxyBeanMethods = false)
class FlowEndpointRoles {

    @Bean
    EndpointRoles flowRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/flows", "/api/flows/**", "/api/escalations").hasAnyRole("admin", "coordinator");
    }
}
