package fr.inclusion.orientation.support.web;

import java.io.IOException;

import org.springframework.util.unit.DataSize;

/**
 * Thrown by a request body's stream when the body grows past the limit of its endpoint. An {@link IOException}, as
 * a stream's failures are, so that whoever reads the body passes it on (often wrapped) rather than handling it;
 * {@link RequestBodyLimit} answers 413 whatever the reader made of it.
 */
public class BodyTooLargeException extends IOException {

    private final DataSize limit;

    public BodyTooLargeException(DataSize limit) {
        super("Request body larger than " + limit.toBytes() + " bytes");
        this.limit = limit;
    }

    public DataSize limit() {
        return limit;
    }

    /** Whether {@code e} is, or was caused by, a body over its limit. */
    public static boolean isCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
            if (cause.getCause() == cause) {
                return false;
            }
        }
        return false;
    }
}
