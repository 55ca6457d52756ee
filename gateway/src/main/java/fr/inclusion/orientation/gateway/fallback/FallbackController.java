package fr.inclusion.orientation.gateway.fallback;

import java.util.concurrent.TimeoutException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

import fr.inclusion.orientation.gateway.config.Problems;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import reactor.core.publisher.Mono;

/**
 * Target of the routes' {@code fallbackUri: forward:/fallback/<service>}. Every HTTP method lands here because
 * the forward keeps the original request's method. Reached directly from outside it still needs a token, like
 * anything that is not a public endpoint.
 */
@RestController
public class FallbackController {

    private static final Logger log = LoggerFactory.getLogger(FallbackController.class);

    /** The pages themselves are down: a page, not JSON, since a browser asked. */
    @RequestMapping("/fallback/web")
    public Mono<Void> pagesUnavailable(ServerWebExchange exchange) {
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        log.warn("web unavailable: {}", cause == null ? "no cause" : cause.toString());
        return fr.inclusion.orientation.gateway.page.Pages.write(exchange.getResponse(),
                HttpStatus.SERVICE_UNAVAILABLE, fr.inclusion.orientation.gateway.page.Pages.page(
                        "Service momentanément indisponible", """
                                <h1>Service momentanément indisponible</h1>
                                <p>Les pages d'Orientation numérique ne répondent pas pour l'instant. Réessayez
                                dans quelques instants ; si vous envoyiez un formulaire, vérifiez ensuite s'il a
                                été enregistré.</p>
                                <p><a href="/">Revenir à l'accueil</a></p>"""));
    }

    @RequestMapping("/fallback/{service}")
    public Mono<Void> serviceUnavailable(@PathVariable String service, ServerWebExchange exchange) {
        // Only known ids reach logs and answers: the path variable is caller input.
        String label = DownstreamServices.isKnown(service) ? service : "unknown";
        String what = DownstreamServices.describe(label);
        Throwable cause = exchange.getAttribute(ServerWebExchangeUtils.CIRCUITBREAKER_EXECUTION_EXCEPTION_ATTR);
        if (cause instanceof TimeoutException) {
            log.warn("Timeout from {} on {}", label, exchange.getAttribute(Problems.ORIGINAL_PATH_ATTR));
            return Problems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    "Service trop lent à répondre",
                    capitalize(what) + " n'a pas répondu à temps. Réessayez dans quelques instants ; "
                            + "si vous envoyiez une modification, vérifiez d'abord si elle a été enregistrée.");
        }
        if (cause instanceof CallNotPermittedException) {
            log.debug("Circuit open for {}", label);
        } else {
            log.warn("{} unavailable: {}", label, cause == null ? "no cause" : cause.toString());
        }
        return Problems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                "Service momentanément indisponible",
                capitalize(what) + " est momentanément indisponible. Réessayez dans quelques instants.");
    }

    private static String capitalize(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
