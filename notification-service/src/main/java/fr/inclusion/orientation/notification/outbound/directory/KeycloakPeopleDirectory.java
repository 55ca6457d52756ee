package fr.inclusion.orientation.notification.outbound.directory;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Fallback;
import org.springframework.stereotype.Component;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import fr.inclusion.orientation.notification.outbound.Contact;
import fr.inclusion.orientation.notification.outbound.PeopleDirectory;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.micrometer.tagged.TaggedCircuitBreakerMetrics;
import io.github.resilience4j.micrometer.tagged.TaggedRetryMetrics;
import io.github.resilience4j.retry.Retry;
import io.github.resilience4j.retry.RetryConfig;
import io.github.resilience4j.retry.RetryRegistry;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.observation.ObservationRegistry;

/**
 * {@link PeopleDirectory} from Keycloak's admin API. Answers are cached ({@code cache-ttl}, 5 min by default);
 * each lookup is retried, behind a circuit breaker, and falls back to "nobody" when Keycloak cannot answer: the
 * in-app inbox does not need the directory, only e-mail and SMS do. Fallback answers are never cached, so people
 * are found again as soon as Keycloak is back.
 *
 * <p>Resilience4j is used programmatically (core modules): its Spring Boot 3 module refuses Boot 4 through a
 * version check, and nothing here needs annotations.
 *
 * <p>The only implementation in the service; a fallback so that a test fixture at this boundary (a fixed
 * directory) replaces it without further ado.
 */
@Component
@Fallback
class KeycloakPeopleDirectory implements PeopleDirectory {

    static final String NAME = "keycloak-directory";
    static final String PHONE_ATTRIBUTE = "phone_number";

    private static final Logger log = LoggerFactory.getLogger(KeycloakPeopleDirectory.class);
    // ids and codes go into URLs and Keycloak's "key:value" query syntax: no spaces, colons or slashes
    private static final Pattern SAFE = Pattern.compile("^[A-Za-z0-9][A-Za-z0-9._-]{0,119}$");

    private final KeycloakAdminApi api;
    private final Cache<String, Object> cache;
    private final CircuitBreaker breaker;
    private final Retry retry;

    @Autowired
    KeycloakPeopleDirectory(DirectoryProperties properties, ObjectProvider<MeterRegistry> meters,
            ObjectProvider<ObservationRegistry> observations, Clock clock) {
        this(properties, meters.getIfAvailable(), observations.getIfAvailable(() -> ObservationRegistry.NOOP),
                clock);
    }

    KeycloakPeopleDirectory(DirectoryProperties properties, MeterRegistry meters, ObservationRegistry observations,
            Clock clock) {
        this.api = new KeycloakAdminApi(properties, observations, clock);
        this.cache = Caffeine.newBuilder()
                .expireAfterWrite(properties.cacheTtl())
                .maximumSize(properties.cacheSize())
                .build();
        DirectoryProperties.Breaker b = properties.breaker();
        CircuitBreakerRegistry breakers = CircuitBreakerRegistry.of(CircuitBreakerConfig.custom()
                .slidingWindowType(CircuitBreakerConfig.SlidingWindowType.COUNT_BASED)
                .slidingWindowSize(b.slidingWindow())
                .minimumNumberOfCalls(b.minimumCalls())
                .failureRateThreshold(b.failureRateThreshold())
                .waitDurationInOpenState(b.openFor())
                .permittedNumberOfCallsInHalfOpenState(1)
                .build());
        RetryRegistry retries = RetryRegistry.of(RetryConfig.custom()
                .maxAttempts(properties.retry().maxAttempts())
                .waitDuration(properties.retry().waitDuration())
                // an open breaker answers at once: waiting and asking again would only delay the fallback
                .ignoreExceptions(CallNotPermittedException.class)
                .build());
        this.breaker = breakers.circuitBreaker(NAME);
        this.retry = retries.retry(NAME);
        breaker.getEventPublisher().onStateTransition(e -> log.warn("Directory circuit breaker: {}",
                e.getStateTransition()));
        if (meters != null) {
            TaggedCircuitBreakerMetrics.ofCircuitBreakerRegistry(breakers).bindTo(meters);
            TaggedRetryMetrics.ofRetryRegistry(retries).bindTo(meters);
        }
    }

    @Override
    public Optional<Contact> person(String userId) {
        if (userId == null || !SAFE.matcher(userId).matches()) {
            return Optional.empty();
        }
        return cached("person:" + userId, () -> api.user(userId).filter(KeycloakUser::active)
                .map(KeycloakPeopleDirectory::contact), Optional.empty());
    }

    @Override
    public List<Contact> venueStaff(String venueId) {
        return withAttribute("venue_id", venueId);
    }

    @Override
    public List<Contact> coordinators(String epciSiren, String departement) {
        Map<String, Contact> byId = new LinkedHashMap<>();
        for (String territory : new String[] { epciSiren, departement }) {
            withAttribute("territory", territory).forEach(c -> byId.putIfAbsent(c.userId(), c));
        }
        return List.copyOf(byId.values());
    }

    CircuitBreaker.State breakerState() {
        return breaker.getState();
    }

    void clearCache() {
        cache.invalidateAll();
    }

    private List<Contact> withAttribute(String attribute, String value) {
        if (value == null || !SAFE.matcher(value).matches()) {
            return List.of();
        }
        return cached(attribute + ":" + value, () -> {
            List<Contact> contacts = new ArrayList<>();
            for (KeycloakUser user : api.usersWith(attribute, value)) {
                // the search may be wider than an exact match on some versions: check again
                if (user.active() && user.hasAttribute(attribute, value)) {
                    contacts.add(contact(user));
                }
            }
            return List.copyOf(contacts);
        }, List.of());
    }

    @SuppressWarnings("unchecked")
    private <T> T cached(String key, Supplier<T> lookup, T fallback) {
        Object known = cache.getIfPresent(key);
        if (known != null) {
            return (T) known;
        }
        try {
            T found = Retry.decorateSupplier(retry, CircuitBreaker.decorateSupplier(breaker, lookup)).get();
            cache.put(key, found);
            return found;
        } catch (CallNotPermittedException open) {
            log.debug("Directory lookup {} skipped: circuit breaker open", key);
            return fallback;
        } catch (RuntimeException e) {
            // the key names a venue, territory or user id, never a person's name or contact
            log.warn("Directory lookup {} failed, answering nobody: {}", key, e.getClass().getSimpleName());
            return fallback;
        }
    }

    static Contact contact(KeycloakUser user) {
        String name = String.join(" ", nonBlank(user.firstName()), nonBlank(user.lastName())).strip();
        return new Contact(user.id(), name.isEmpty() ? user.username() : name, blankToNull(user.email()),
                blankToNull(user.attribute(PHONE_ATTRIBUTE)));
    }

    private static String nonBlank(String value) {
        return value == null ? "" : value.strip();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
