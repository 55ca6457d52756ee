package fr.inclusion.orientation.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Import;

import fr.inclusion.orientation.support.health.StoreHealthConfiguration;
import fr.inclusion.orientation.support.security.ResourceServerSecurity;
import fr.inclusion.orientation.support.web.ProblemDetailsAdvice;
import fr.inclusion.orientation.support.web.ProblemErrorController;
import fr.inclusion.orientation.support.web.RequestLimits;

/**
 * Put on a service's application class: token validation with problem+json 401/403, the shared problem-details
 * advice, request body limits (413), and a store health check that both MongoDB and the standalone store answer.
 * Imported as user configuration so that Spring Boot's default security backs off.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Import({ResourceServerSecurity.class, ProblemDetailsAdvice.class, ProblemErrorController.class, RequestLimits.class, StoreHealthConfiguration.class})
public @interface OrientationService {
}
