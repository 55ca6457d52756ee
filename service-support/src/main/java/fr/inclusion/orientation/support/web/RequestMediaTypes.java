package fr.inclusion.orientation.support.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The media types a client announces, made safe before Spring MVC reads them: a {@code Content-Type} whose type
 * does not parse or is not concrete ({@code *}{@code /*}) is refused with 415 problem+json (Spring would throw while
 * reading the body: a 500); a malformed {@code Accept} is disregarded (RFC 9110 §12.5.1 lets a server ignore it);
 * an {@code Accept} that JSON does not satisfy gets JSON at the lowest preference, so that an error is still answered
 * as problem+json (otherwise the handler's problem cannot be written and Spring's English one is sent instead, or
 * an empty body).
 */
public class RequestMediaTypes extends OncePerRequestFilter {

    private static final String LOWEST_JSON = "application/json;q=0.001";

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String contentType = request.getContentType();
        if (contentType != null && !concrete(contentType)) {
            Problems.write(response, HttpStatus.UNSUPPORTED_MEDIA_TYPE, "http-415",
                    "Type de contenu non pris en charge",
                    "L'en-tête Content-Type de la requête n'est pas un type de contenu précis ; envoyez par exemple "
                            + "application/json.",
                    request.getRequestURI());
            return;
        }
        String accept = acceptable(request.getHeader(HttpHeaders.ACCEPT));
        chain.doFilter(accept == null ? request : new Accepting(request, accept), response);
    }

    /** Type and subtype only: a bad parameter (an unknown charset) is the handler's to explain. */
    private static boolean concrete(String contentType) {
        int semicolon = contentType.indexOf(';');
        String essence = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        try {
            MediaType type = MediaType.parseMediaType(essence);
            return !type.isWildcardType() && !type.isWildcardSubtype();
        } catch (InvalidMediaTypeException e) {
            return false;
        }
    }

    /** The {@code Accept} to use instead of the client's; {@code null} to keep it. */
    private static String acceptable(String accept) {
        if (accept == null || accept.isBlank()) {
            return null;
        }
        List<MediaType> types;
        try {
            types = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException e) {
            return MediaType.ALL_VALUE;
        }
        boolean json = types.stream().anyMatch(type -> type.getQualityValue() > 0
                && (type.includes(MediaType.APPLICATION_JSON) || type.includes(MediaType.APPLICATION_PROBLEM_JSON)));
        return json ? null : accept + ", " + LOWEST_JSON;
    }

    private static final class Accepting extends HttpServletRequestWrapper {

        private final String accept;

        Accepting(HttpServletRequest request, String accept) {
            super(request);
            this.accept = accept;
        }

        @Override
        public String getHeader(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? accept : super.getHeader(name);
        }

        @Override
        public Enumeration<String> getHeaders(String name) {
            return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? Collections.enumeration(List.of(accept))
                    : super.getHeaders(name);
        }
    }
}
