package fr.inclusion.orientation.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.SimpleClientHttpRequestFactory;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.client.RestClient;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.support.problem.FieldError;


/**
 * One {@link RestClient} per service, each sending the signed-in user's own access token (the one the gateway
 * relayed to this request), so that every service applies its own rules to the person, not to the web service.
 * A 4xx or 5xx becomes an {@link ApiProblemException} carrying the service's French problem details.
 */
@Configuration(proxyBeanMethods = false)
public class ServiceClients {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Bean
    RestClient venueApi(ServiceUrls urls) {
        return client(urls.venue());
    }

    @Bean
    RestClient referralApi(ServiceUrls urls) {
        return client(urls.referral());
    }

    @Bean
    RestClient notificationApi(ServiceUrls urls) {
        return client(urls.notification());
    }

    static RestClient client(String baseUrl) {
        SimpleClientHttpRequestFactory factory = new SimpleClientHttpRequestFactory();
        factory.setConnectTimeout(Duration.ofSeconds(2));
        factory.setReadTimeout(Duration.ofSeconds(10));
        return RestClient.builder()
                .baseUrl(baseUrl)
                .requestFactory(factory)
                .requestInterceptor(relayUserToken())
                .defaultStatusHandler(HttpStatusCode::isError, (request, response) -> {
                    throw problem(response.getStatusCode().value(), response.getBody());
                })
                .build();
    }

    /** The user's token, as this request received it. */
    static ClientHttpRequestInterceptor relayUserToken() {
        return (request, body, execution) -> {
            Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication instanceof JwtAuthenticationToken jwt) {
                request.getHeaders().set(HttpHeaders.AUTHORIZATION, "Bearer " + jwt.getToken().getTokenValue());
            }
            return execution.execute(request, body);
        };
    }

    static ApiProblemException problem(int status, InputStream body) throws IOException {
        String text = new String(body.readAllBytes(), StandardCharsets.UTF_8);
        try {
            JsonNode problem = JSON.readTree(text);
            List<FieldError> errors = new ArrayList<>();
            JsonNode list = problem.path("errors");
            if (list.isArray()) {
                list.forEach(error -> errors.add(new FieldError(error.path("field").asString(""),
                        error.path("message").asString(""))));
            }
            return new ApiProblemException(status, problem.path("title").asString("Erreur"),
                    problem.path("detail").asString(""), errors);
        } catch (RuntimeException unreadable) {
            return new ApiProblemException(status, "Service indisponible",
                    "Le service n'a pas pu répondre. Réessayez dans quelques instants.", List.of());
        }
    }
}
