package fr.inclusion.orientation.gateway.security;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.web.server.ServerWebExchange;

import fr.inclusion.orientation.gateway.config.Problems;
import reactor.core.publisher.Mono;

/**
 * 401 and 403 as problem+json. Spring Security answers these before any handler runs, with an empty body by
 * default, which is why they are rendered here. The {@code WWW-Authenticate} header follows RFC 6750 so that
 * generic OAuth clients still understand the answer.
 */
class ProblemSecurityHandlers implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

    @Override
    public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException e) {
        if (e instanceof InvalidBearerTokenException) {
            // No token details in the answer: why a token fails (signature, expiry, issuer) helps only an attacker.
            return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "authentication-required",
                    "Authentification requise",
                    "Le jeton d'accès est invalide ou expiré. Reconnectez-vous pour en obtenir un nouveau.",
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
        }
        return Problems.write(exchange, HttpStatus.UNAUTHORIZED, "authentication-required",
                "Authentification requise",
                "Un jeton d'accès valide est nécessaire (en-tête Authorization: Bearer …).",
                Map.of("WWW-Authenticate", "Bearer"));
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
        return Problems.write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Accès refusé",
                "Votre rôle ne permet pas cette action.");
    }
}
