package fr.inclusion.orientation.support.security;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A service's role rules per endpoint, applied in the security filter chain, so that a role that may not call an
 * endpoint gets 403 before its body is even read (and never learns anything from validation messages). Finer,
 * data-dependent checks (own venue, own communes) stay in the service.
 */
@FunctionalInterface
public interface EndpointRoles {

    void configure(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry rules);
}
