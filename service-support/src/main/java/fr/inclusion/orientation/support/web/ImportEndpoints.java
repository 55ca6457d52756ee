package fr.inclusion.orientation.support.web;

import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Endpoints of a service that take a whole file as their body: they may read up to
 * {@code orientation.http.max-import-size} instead of {@code max-body-size}. A service declares them as beans, one
 * per feature, like its {@link fr.inclusion.orientation.support.security.EndpointRoles}.
 */
@FunctionalInterface
public interface ImportEndpoints {

    boolean matches(HttpServletRequest request);

    /** {@code POST} on exactly these paths (no pattern, no trailing slash: Spring MVC matches none either). */
    static ImportEndpoints post(String... paths) {
        Set<String> exact = Set.of(paths);
        return request -> "POST".equals(request.getMethod())
                && exact.contains(request.getRequestURI().substring(request.getContextPath().length()));
    }
}
