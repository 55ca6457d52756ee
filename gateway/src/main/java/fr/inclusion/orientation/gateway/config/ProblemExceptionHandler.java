package fr.inclusion.orientation.gateway.config;

import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;

import reactor.core.publisher.Mono;

/**
 * Last line for errors the gateway raises itself: no route for the path (404), wrong method (405), unreadable
 * request (400), Keycloak unreachable while checking a token (503), a downstream failure on a route without
 * fallback (503/504), anything unexpected (500 without internals).
 * Ordered ahead of Boot's default handler ({@code @Order(-1)}), which would answer with its own JSON shape.
 */
@Component
@Order(-2)
public class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private static final Map<Integer, String> FRENCH_TITLES = Map.of(
            400, "Requête invalide",
            404, "Ressource introuvable",
            405, "Méthode non autorisée",
            406, "Format de réponse non disponible",
            413, "Contenu trop volumineux",
            415, "Type de contenu non pris en charge");

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(error);
        }
        BodyTooLargeException tooLarge = cause(error, BodyTooLargeException.class);
        if (tooLarge != null) {
            return Problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE, "payload-too-large",
                    tooLarge.title(), tooLarge.getReason());
        }
        if (error instanceof ResponseStatusException statusError) {
            return statusProblem(exchange, statusError.getStatusCode());
        }
        if (error instanceof AuthenticationServiceException) {
            // The token could not be checked at all, typically because Keycloak's signing keys are unreachable.
            log.warn("Token verification impossible: {}", error.toString());
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "identity-unavailable",
                    "Service momentanément indisponible",
                    "La vérification de votre connexion est momentanément impossible (service d'identité "
                            + "injoignable). Réessayez dans quelques instants.");
        }
        if (causedBy(error, org.springframework.data.redis.RedisConnectionFailureException.class)) {
            // sessions live in Redis: without it nobody signed in through a browser can be recognised
            log.warn("Session store unreachable: {}", error.toString());
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "session-store-unavailable",
                    "Service momentanément indisponible",
                    "Les sessions de connexion sont momentanément inaccessibles. Réessayez dans quelques instants.");
        }
        if (causedBy(error, ConnectException.class)) {
            return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                    "Service momentanément indisponible",
                    "Le service demandé est momentanément indisponible. Réessayez dans quelques instants.");
        }
        if (causedBy(error, TimeoutException.class)) {
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    "Service trop lent à répondre",
                    "Le service demandé n'a pas répondu à temps. Réessayez dans quelques instants.");
        }
        log.error("Unexpected error on {} {}", exchange.getRequest().getMethod(),
                exchange.getRequest().getPath().value(), error);
        return Problems.write(exchange, HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Erreur interne",
                "Une erreur inattendue est survenue. Si elle persiste, signalez-la avec l'identifiant de requête.");
    }

    private static Mono<Void> statusProblem(ServerWebExchange exchange, HttpStatusCode code) {
        HttpStatus status = HttpStatus.resolve(code.value());
        if (status == null) {
            status = code.is4xxClientError() ? HttpStatus.BAD_REQUEST : HttpStatus.INTERNAL_SERVER_ERROR;
        }
        if (status == HttpStatus.NOT_FOUND) {
            return Problems.write(exchange, status, "not-found", FRENCH_TITLES.get(404),
                    "Aucune ressource ne correspond à ce chemin.");
        }
        String title = FRENCH_TITLES.getOrDefault(status.value(),
                status.is4xxClientError() ? "Requête refusée" : "Erreur de la passerelle");
        return Problems.write(exchange, status, "http-" + status.value(), title,
                "La passerelle n'a pas pu traiter la requête (" + status.value() + ").");
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        return cause(error, type) != null;
    }

    private static <T extends Throwable> T cause(Throwable error, Class<T> type) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return null;
    }
}
