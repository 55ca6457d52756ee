package fr.inclusion.orientation.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.support.health.StoreHealthConfiguration;
import fr.inclusion.orientation.support.messaging.DeadLetterConfiguration;
import fr.inclusion.orientation.support.security.ResourceServerSecurity;
import fr.inclusion.orientation.support.store.StoreClientSettings;
import fr.inclusion.orientation.support.web.ProblemDetailsAdvice;
import fr.inclusion.orientation.support.web.ProblemErrorController;
import fr.inclusion.orientation.support.web.RequestLimits;

/**
 * Put on a service's application class: token validation with problem+json 401/403, the shared problem-details
 * advice (503 when the store is unavailable), request body limits (413), the store driver's time limits (below the
 * gateway's), a store health check that both MongoDB and the standalone store answer, and the consumers' failure
 * handling with their dead-letter topics (gauge and admin endpoints).
 * Imported as user configuration so that Spring Boot's default security backs off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ResourceServerSecurity.class, ProblemDetailsAdvice.class, ProblemErrorController.class, RequestLimits.class,
        StoreHealthConfiguration.class, StoreClientSettings.class, DeadLetterConfiguration.class})
public @interface OrientationService {
}
