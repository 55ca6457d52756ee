package fr.inclusion.orientation.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import fr.inclusion.orientation.support.security.EndpointRoles;

/** Stylesheets and scripts are the same for everyone: they need no token (pages need one). */
@Configuration(proxyBeanMethods = false)
class WebEndpoints {

    @Bean
    EndpointRoles staticAssets() {
        return auth -> auth.requestMatchers("/web/**", "/webjars/**", "/favicon.ico").permitAll();
    }
}
