package fr.inclusion.orientation.gateway.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.server.ResponseStatusException;

class ProblemExceptionHandlerTest {

    private final ProblemExceptionHandler handler = new ProblemExceptionHandler();

    @Test
    void unreachableIdentityProviderIsServiceUnavailableNotInternalError() {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new AuthenticationServiceException("Couldn't retrieve remote JWK set",
                new ConnectException("Connection refused"))).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
        assertThat(exchange.getResponse().getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"status\":503")
                .contains("service d'identité");
    }

    @Test
    void unexpectedErrorIsInternalErrorProblemWithoutInternals() {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new IllegalStateException("secret detail of the implementation")).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"title\":\"Erreur interne\"")
                .doesNotContain("secret detail")
                .doesNotContain("IllegalStateException");
    }

    @Test
    void methodNotAllowedKeepsItsStatusWithAFrenchTitle() {
        MockServerWebExchange exchange = exchange();

        handler.handle(exchange, new ResponseStatusException(HttpStatus.METHOD_NOT_ALLOWED)).block();

        assertThat(exchange.getResponse().getStatusCode()).isEqualTo(HttpStatus.METHOD_NOT_ALLOWED);
        assertThat(exchange.getResponse().getBodyAsString().block())
                .contains("\"title\":\"Méthode non autorisée\"")
                .contains("\"instance\":\"/api/venues\"");
    }

    private static MockServerWebExchange exchange() {
        return MockServerWebExchange.from(MockServerHttpRequest.get("/api/venues"));
    }
}
