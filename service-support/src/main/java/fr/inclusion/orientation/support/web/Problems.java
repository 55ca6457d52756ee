package fr.inclusion.orientation.support.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.InvalidFieldsException;
import fr.inclusion.orientation.support.problem.ProblemException;

/** Builds RFC 9457 problem details with a stable {@code type} URI per kind of error. */
public final class Problems {

    /** Base of every problem {@code type}; the suffix names the error (e.g. {@code …/problems/validation}). */
    public static final String TYPE_BASE = ProblemException.TYPE_BASE;

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private Problems() {
    }

    public static ProblemDetail of(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create(TYPE_BASE + type));
        problem.setTitle(title);
        return problem;
    }

    /** The problem an exception carries (without {@code instance}, which the request gives). */
    public static ProblemDetail of(ProblemException exception) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(exception.httpStatus()),
                exception.detail());
        problem.setType(URI.create(TYPE_BASE + exception.problemType()));
        problem.setTitle(exception.title());
        exception.properties().forEach(problem::setProperty);
        return problem;
    }

    /** Seconds a client is told to wait ({@code Retry-After}) before trying again while the store is unavailable. */
    public static final int STORE_RETRY_AFTER_SECONDS = 5;

    /** 503: the store could not be reached or did not answer in time; nothing was half-written by this request. */
    public static ProblemDetail storeUnavailable() {
        return of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Service momentanément indisponible",
                "Les données ne sont pas joignables pour le moment ; réessayez dans quelques instants.");
    }

    /** 400: the body is not JSON, or not of the expected shape. */
    public static ProblemDetail malformedBody() {
        return of(HttpStatus.BAD_REQUEST, "malformed-body", "Corps de requête illisible",
                "Le corps de la requête n'est pas un JSON valide ou contient une valeur d'un type inattendu.");
    }

    /** A validation problem listing {@code errors: [{field, message}]}. */
    public static ProblemDetail validation(String detail, List<FieldError> errors) {
        return of(new InvalidFieldsException(detail, errors));
    }

    /** Writes a problem straight to the response, for filters that run before Spring MVC (401, 403). */
    public static void write(HttpServletResponse response, HttpStatus status, String type, String title,
            String detail, String instance) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", TYPE_BASE + type);
        body.put("title", title);
        body.put("status", status.value());
        body.put("detail", detail);
        body.put("instance", instance);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        if (status == HttpStatus.UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer");
        }
        response.getOutputStream().write(JSON.writeValueAsBytes(body));
    }
}
