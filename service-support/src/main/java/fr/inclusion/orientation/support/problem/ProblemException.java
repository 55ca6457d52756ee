package fr.inclusion.orientation.support.problem;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An error the caller can act on, carrying the RFC 9457 problem it becomes: HTTP status, type (the slug after
 * {@link #TYPE_BASE}), French title, French detail (the message) and, when useful, extra members ({@code errors},
 * {@code currentStatus}…) and response headers ({@code Retry-After}…). Services' exceptions extend it; the shared
 * advice of {@code support.web} renders every one of them, with the request path as {@code instance}.
 * Plain Java (no Spring), so that domain exceptions may extend it.
 */
public class ProblemException extends RuntimeException {

    /** Base of every problem {@code type}; the suffix names the error (e.g. {@code …/problems/validation}). */
    public static final String TYPE_BASE = "https://orientation-numerique.fr/problems/";

    private final ProblemKind kind;
    private final Map<String, Object> properties = new LinkedHashMap<>();
    private final Map<String, String> headers = new LinkedHashMap<>();

    /**
     * @param status HTTP status, e.g. 404
     * @param type   the problem's slug, e.g. {@code venue-not-found}
     * @param title  French, the same for every occurrence of this type
     * @param detail French, this occurrence
     */
    protected ProblemException(int status, String type, String title, String detail) {
        this(status, type, title, detail, null);
    }

    /** @param cause what failed underneath (logged, never shown) */
    protected ProblemException(int status, String type, String title, String detail, Throwable cause) {
        this(new ProblemKind(status, type, title), detail, cause);
    }

    /**
     * @param kind   status, type and title of the problem
     * @param detail French, this occurrence
     */
    protected ProblemException(ProblemKind kind, String detail) {
        this(kind, detail, null);
    }

    /** @param cause what failed underneath (logged, never shown) */
    protected ProblemException(ProblemKind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = kind;
    }

    /** Adds a member to the problem ({@code errors}, {@code currentStatus}…); call it from the constructor. */
    protected final void property(String name, Object value) {
        properties.put(name, value);
    }

    /** Adds a header to the response ({@code Retry-After}…); call it from the constructor. */
    protected final void header(String name, String value) {
        headers.put(name, value);
    }

    public int httpStatus() {
        return kind.status();
    }

    /** The slug after {@link #TYPE_BASE}. */
    public String problemType() {
        return kind.type();
    }

    public String title() {
        return kind.title();
    }

    public String detail() {
        return getMessage();
    }

    public Map<String, Object> properties() {
        return Collections.unmodifiableMap(properties);
    }

    public Map<String, String> headers() {
        return Collections.unmodifiableMap(headers);
    }
}
