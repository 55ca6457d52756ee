package fr.inclusion.orientation.venue.proposal.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

import fr.inclusion.orientation.support.security.EndpointRoles;

/**
 * Listing and deciding proposals is for coordinators and admins, refused before the body is read; proposing is
 * open to every signed-in role, and reading one proposal to its author too (checked by the use case).
 */
@Configuration(proxyBeanMethods = false)
class ProposalEndpointRoles {

    @Bean
    EndpointRoles proposalRoles() {
        return rules -> rules
                .requestMatchers(HttpMethod.GET, "/api/venue-proposals").hasAnyRole("admin", "coordinator")
                .requestMatchers(HttpMethod.POST, "/api/venue-proposals/*/approve", "/api/venue-proposals/*/reject")
                .hasAnyRole("admin", "coordinator");
    }
}
