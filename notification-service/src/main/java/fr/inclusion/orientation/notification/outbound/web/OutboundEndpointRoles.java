package fr.inclusion.orientation.notification.outbound.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.support.security.EndpointRoles;

/** Failed messages and their replay are an operator's business: admins only, 403 for anyone else. */
@Configuration(proxyBeanMethods = false)
class OutboundEndpointRoles {

    @Bean
    EndpointRoles outboundRoles() {
        return rules -> rules.requestMatchers("/api/outbound", "/api/outbound/**").hasRole("admin");
    }
}
