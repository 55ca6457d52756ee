package fr.inclusion.orientation.gateway.config;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * A request body crossed the size limit while it streamed ({@code route.BodySizeLimit}); answered with 413
 * problem+json by {@link ProblemExceptionHandler}, its reason as the detail.
 */
public final class BodyTooLargeException extends ResponseStatusException {

    private final String title;

    public BodyTooLargeException(String frenchTitle, String frenchDetail) {
        super(HttpStatus.CONTENT_TOO_LARGE, frenchDetail);
        this.title = frenchTitle;
    }

    public String title() {
        return title;
    }
}
