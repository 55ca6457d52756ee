package fr.inclusion.orientation.notification.outbound.directory;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The people directory in Keycloak ({@code notification.directory.*}), read through the admin REST API with the
 * service account of the confidential client {@code notification-service} (realm-management roles
 * {@code view-users} and {@code query-users}).
 *
 * @param url            Keycloak's base URL (without {@code /realms/...})
 * @param realm          the realm of the network's people
 * @param clientId       the confidential client whose service account reads users
 * @param clientSecret   its secret
 * @param cacheTtl       how long an answer is reused
 * @param cacheSize      answers kept at most
 * @param connectTimeout to open a connection to Keycloak
 * @param timeout        to get Keycloak's answer
 * @param maxResults     users returned at most for one venue or territory
 * @param retry          attempts of one lookup
 * @param breaker        when to stop calling Keycloak for a while
 */
@ConfigurationProperties("notification.directory")
public record DirectoryProperties(
        @DefaultValue("http://127.0.0.1:8180") URI url,
        @DefaultValue("orientation") String realm,
        @DefaultValue("notification-service") String clientId,
        @DefaultValue("") String clientSecret,
        @DefaultValue("5m") Duration cacheTtl,
        @DefaultValue("10000") int cacheSize,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("3s") Duration timeout,
        @DefaultValue("200") int maxResults,
        @DefaultValue Retry retry,
        @DefaultValue Breaker breaker) {

    /**
     * @param maxAttempts attempts of one lookup, the first included
     * @param waitDuration between two attempts
     */
    public record Retry(@DefaultValue("3") int maxAttempts, @DefaultValue("200ms") Duration waitDuration) {
    }

    /**
     * @param slidingWindow         last calls looked at
     * @param minimumCalls          calls needed before the failure rate counts
     * @param failureRateThreshold  percentage of failed calls that opens the breaker
     * @param openFor               how long an open breaker answers at once (empty) before trying Keycloak again
     */
    public record Breaker(@DefaultValue("10") int slidingWindow, @DefaultValue("5") int minimumCalls,
            @DefaultValue("50") float failureRateThreshold, @DefaultValue("30s") Duration openFor) {
    }
}
