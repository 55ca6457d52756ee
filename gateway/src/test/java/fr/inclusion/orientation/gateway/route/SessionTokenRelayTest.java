package fr.inclusion.orientation.gateway.route;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;

/** What a person meets when their Keycloak session ended and the gateway can no longer refresh their token. */
class SessionTokenRelayTest {

    @Test
    void aPageAskedForAgainStartsAFreshSignInThatComesBackToIt() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("/orientations/42?onglet=historique").accept(MediaType.TEXT_HTML, MediaType.ALL));
        exchange.getSession().block().start();

        SessionTokenRelay.sessionEnded(exchange).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.FOUND);
        assertThat(exchange.getResponse().getHeaders().getLocation())
                .hasPath("/orientations/42").hasQuery("onglet=historique");
        assertThat(exchange.getSession().block().isExpired()).isTrue();
    }

    @Test
    void aScriptOrAnApiCallIsToldWithAProblem() {
        MockServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest
                .get("/api/referrals").accept(MediaType.ALL));

        SessionTokenRelay.sessionEnded(exchange).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block()).contains("session-expired", "Session expirée");
    }
}
