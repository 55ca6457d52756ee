package fr.inclusion.orientation.gateway.page;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerRequest;
import org.springframework.web.reactive.function.server.ServerResponse;

import reactor.core.publisher.Mono;

/**
 * Every page address ({@code /}, {@code /orientations/<id>} from an e-mail, …) answers with a page once the person
 * is signed in, so that a link leads through sign-in back to where it pointed. Until the web UI is routed here, the
 * page is a French placeholder that names the person and the address asked for.
 */
@Configuration(proxyBeanMethods = false)
public class PlaceholderPages {

    /** Paths that are not pages: the API, the actuator, sign-in machinery, the gateway's own handlers, assets. */
    static final List<String> NOT_PAGES = List.of("/api/", "/api-docs", "/actuator", "/oauth2/", "/login",
            "/logout", "/fallback/", "/assets/", "/favicon.ico");

    @Bean
    RouterFunction<ServerResponse> placeholderPageRoutes() {
        return RouterFunctions.route(
                RequestPredicates.GET("/**").and(request -> isPage(request.path())),
                PlaceholderPages::page);
    }

    static boolean isPage(String path) {
        return NOT_PAGES.stream().noneMatch(path::startsWith);
    }

    private static Mono<ServerResponse> page(ServerRequest request) {
        return request.principal()
                .map(PlaceholderPages::displayName)
                .defaultIfEmpty("")
                .flatMap(name -> ServerResponse.ok()
                        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                        .header("Cache-Control", "no-store")
                        .bodyValue(Pages.page("Accueil", """
                                    <h1>Bonjour %s</h1>
                                    <p>Vous êtes connecté·e à Orientation numérique.</p>
                                    <p>Les écrans de travail arrivent bientôt. Page demandée :
                                    <span class="path">%s</span></p>
                                    %s""".formatted(Pages.text(name), Pages.text(request.path()),
                                Pages.signOutForm()))));
    }

    /** The person's name as Keycloak gives it, else their user name. */
    static String displayName(Principal principal) {
        if (principal instanceof OAuth2AuthenticationToken token && token.getPrincipal() instanceof OidcUser user) {
            if (user.getFullName() != null && !user.getFullName().isBlank()) {
                return user.getFullName();
            }
            if (user.getPreferredUsername() != null) {
                return user.getPreferredUsername();
            }
        }
        return principal.getName();
    }
}
