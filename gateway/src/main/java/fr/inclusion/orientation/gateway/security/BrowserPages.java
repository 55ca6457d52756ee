package fr.inclusion.orientation.gateway.security;

import java.net.URI;

import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import fr.inclusion.orientation.gateway.page.Pages;
import reactor.core.publisher.Mono;

/**
 * The sign-in and sign-out addresses a person may type, in French, in place of Spring's generated English pages:
 * {@code GET /login} goes straight to Keycloak, {@code GET /logout} asks for confirmation with a button (the sign-out
 * itself is a {@code POST /logout}, so that no link or image on another site can sign anyone out), and a sign-in
 * that did not succeed says so and offers to try again.
 */
final class BrowserPages implements WebFilter {

    static final String LOGIN = "/login";
    static final String LOGOUT = "/logout";
    static final String SIGN_IN_FAILED = "/login/erreur";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (exchange.getRequest().getMethod() != HttpMethod.GET) {
            return chain.filter(exchange);
        }
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        return switch (path) {
            case LOGIN -> redirect(exchange, BrowserSignIn.SIGN_IN_PATH);
            case LOGOUT -> Pages.write(exchange.getResponse(), HttpStatus.OK, Pages.page("Déconnexion", """
                        <h1>Se déconnecter</h1>
                        <p>Vous allez quitter Orientation numérique sur cet appareil. Votre session sera aussi fermée
                        auprès du service de connexion.</p>
                        %s
                        <p><a href="/">Revenir à l'accueil sans se déconnecter</a></p>""".formatted(Pages.signOutForm())));
            case SIGN_IN_FAILED -> Pages.write(exchange.getResponse(), HttpStatus.UNAUTHORIZED,
                    Pages.page("Connexion impossible", """
                        <h1>La connexion n'a pas abouti</h1>
                        <p>La connexion a été annulée ou a expiré. Vous pouvez réessayer ; si le problème persiste,
                        contactez la coordination de votre département.</p>
                        <p><a href="%s">Se connecter</a></p>""".formatted(BrowserSignIn.SIGN_IN_PATH)));
            default -> chain.filter(exchange);
        };
    }

    private static Mono<Void> redirect(ServerWebExchange exchange, String location) {
        exchange.getResponse().setStatusCode(HttpStatus.FOUND);
        exchange.getResponse().getHeaders().setLocation(URI.create(location));
        return exchange.getResponse().setComplete();
    }
}
