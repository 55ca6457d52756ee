package fr.inclusion.orientation.support.web;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.ProblemException;
import fr.inclusion.orientation.support.store.StoreUnavailable;

/**
 * The last line of error handling of every service: Spring MVC's own errors, validation, malformed bodies,
 * concurrency conflicts, the store being unavailable (503 with {@code Retry-After}) and anything unexpected become
 * problem+json with a French title, never a stack trace.
 * Services' own errors extend {@link ProblemException} and are rendered here as they describe themselves; an advice
 * of a service, which runs first, is left only for what cannot be said that way.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
public class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> new FieldError(e.getField(), e.getDefaultMessage()))
                .toList();
        return problem(Problems.validation("Certains champs sont absents ou invalides.", errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<FieldError> errors = ex.getParameterValidationResults().stream()
                .flatMap(r -> r.getResolvableErrors().stream()
                        .map(e -> new FieldError(r.getMethodParameter().getParameterName(),
                                e.getDefaultMessage())))
                .toList();
        return problem(Problems.validation("Certains paramètres sont invalides.", errors), request);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (BodyTooLargeException.isCause(ex)) {
            return tooLarge(request);
        }
        return problem(Problems.malformedBody(), request);
    }

    /** A form over the multipart limits, which are set to the service's body limits (see {@link HttpLimits}). */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return tooLarge(request);
    }

    /** Read past its limit: {@link RequestBodyLimit} answers 413 in any case, this only keeps it out of the logs. */
    @ExceptionHandler(BodyTooLargeException.class)
    ResponseEntity<Object> bodyTooLarge(BodyTooLargeException ex, WebRequest request) {
        return tooLarge(request);
    }

    /** A form Spring cannot parse (no boundary, truncated), whichever controller asked for it. */
    @ExceptionHandler(MultipartException.class)
    ResponseEntity<Object> unreadableForm(MultipartException ex, WebRequest request) {
        if (BodyTooLargeException.isCause(ex)) {
            return tooLarge(request);
        }
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-form", "Formulaire illisible",
                "Le corps de la requête n'est pas un formulaire multipart/form-data valide (délimiteur absent ou "
                        + "contenu tronqué)."), request);
    }

    /** The security firewall refusing what the request carries once read (a parameter name of a form body). */
    @ExceptionHandler(RequestRejectedException.class)
    ResponseEntity<Object> rejected(RequestRejectedException ex, WebRequest request) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "request-rejected", "Requête refusée",
                "La requête contient des caractères ou des noms de paramètres refusés."), request);
    }

    /** A form body the servlet container cannot decode (a parameter in invalid UTF-8, for instance). */
    @ExceptionHandler(org.apache.tomcat.util.http.InvalidParameterException.class)
    ResponseEntity<Object> undecodableForm(org.apache.tomcat.util.http.InvalidParameterException ex,
            WebRequest request) {
        return problem(Problems.of(HttpStatus.BAD_REQUEST, "malformed-form", "Formulaire illisible",
                "Le corps de la requête contient des paramètres qui ne sont pas de l'UTF-8 valide."), request);
    }

    /** A service's own error, as it describes itself (status, type, title, detail, members and headers). */
    @ExceptionHandler(ProblemException.class)
    ResponseEntity<Object> problem(ProblemException ex, WebRequest request) {
        HttpHeaders headers = new HttpHeaders();
        ex.headers().forEach(headers::set);
        return problem(Problems.of(ex), request, headers);
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ResponseEntity<Object> constraintViolation(ConstraintViolationException ex, WebRequest request) {
        List<FieldError> errors = ex.getConstraintViolations().stream()
                .map(v -> new FieldError(lastNode(v.getPropertyPath().toString()), v.getMessage()))
                .toList();
        return problem(Problems.validation("Certains paramètres sont invalides.", errors), request);
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ResponseEntity<Object> concurrentUpdate(OptimisticLockingFailureException ex, WebRequest request) {
        return problem(Problems.of(HttpStatus.CONFLICT, "concurrent-update", "Modification concurrente",
                "La ressource a été modifiée entre-temps ; rechargez-la puis recommencez."), request);
    }

    @ExceptionHandler(DuplicateKeyException.class)
    ResponseEntity<Object> duplicate(DuplicateKeyException ex, WebRequest request) {
        return problem(Problems.of(HttpStatus.CONFLICT, "duplicate", "Doublon",
                "Une ressource avec le même identifiant existe déjà."), request);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Object> accessDenied(AccessDeniedException ex, WebRequest request) {
        return problem(Problems.of(HttpStatus.FORBIDDEN, "forbidden", "Accès refusé",
                "Votre rôle ne permet pas cette action."), request);
    }

    @ExceptionHandler(AuthenticationException.class)
    ResponseEntity<Object> unauthenticated(AuthenticationException ex, WebRequest request) {
        return problem(Problems.of(HttpStatus.UNAUTHORIZED, "authentication-required", "Authentification requise",
                "Un jeton d'accès valide est nécessaire."), request);
    }

    /**
     * The store is down or too slow (driver timeouts, see {@code StoreClientSettings}), whatever wraps the failure:
     * checked here rather than by exception type, since Spring Data leaves some of the driver's errors uncategorized.
     */
    private ResponseEntity<Object> storeUnavailable(Exception ex, WebRequest request) {
        log.warn("Store unavailable on {}: {}", path(request), ex.toString());
        HttpHeaders headers = new HttpHeaders();
        headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.STORE_RETRY_AFTER_SECONDS));
        return problem(Problems.storeUnavailable(), request, headers);
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception ex, WebRequest request) {
        if (BodyTooLargeException.isCause(ex)) {
            return tooLarge(request);
        }
        if (StoreUnavailable.isCause(ex)) {
            return storeUnavailable(ex, request);
        }
        log.error("Unexpected error on {}", path(request), ex);
        return problem(Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Erreur interne",
                "Une erreur inattendue est survenue ; elle a été journalisée."), request);
    }

    /** Spring MVC's own errors (404 route, 405, 415, missing header…) keep their status, get a type and French title. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
            HttpStatusCode statusCode, WebRequest request) {
        if (body == null && ex instanceof ErrorResponse error) {
            // Spring's own handlers pass no body: the exception carries it (English until set below)
            body = error.getBody();
        }
        if (body instanceof ProblemDetail problem) {
            HttpStatus status = HttpStatus.resolve(statusCode.value());
            if (problem.getType() == null || "about:blank".equals(problem.getType().toString())) {
                problem.setType(URI.create(Problems.TYPE_BASE + "http-" + statusCode.value()));
            }
            problem.setTitle(frenchTitle(status));
            // hostile input: Spring's own details are English sentences
            problem.setDetail(frenchDetail(status));
            problem.setInstance(URI.create(path(request)));
            // preset, so that the client's Accept cannot keep the problem from being written
            headers = new HttpHeaders(headers);
            headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return super.handleExceptionInternal(ex, body, headers, statusCode, request);
    }

    private static ResponseEntity<Object> tooLarge(WebRequest request) {
        if (request instanceof ServletWebRequest servlet) {
            HttpServletRequest http = servlet.getRequest();
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(RequestBodyLimit.problem(http));
        }
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).build();
    }

    private ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request) {
        return problem(problem, request, HttpHeaders.EMPTY);
    }

    /** The one place a problem gets its {@code instance}: the path the client asked for. */
    private ResponseEntity<Object> problem(ProblemDetail problem, WebRequest request, HttpHeaders headers) {
        problem.setInstance(URI.create(path(request)));
        return ResponseEntity.status(problem.getStatus()).headers(headers)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static String path(WebRequest request) {
        return request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : "";
    }

    private static String lastNode(String path) {
        int dot = path.lastIndexOf('.');
        return dot < 0 ? path : path.substring(dot + 1);
    }

    private static String frenchDetail(HttpStatus status) {
        if (status == null) {
            return "La requête n'a pas pu être traitée.";
        }
        return switch (status) {
            case NOT_FOUND -> "Aucune ressource à cette adresse.";
            case METHOD_NOT_ALLOWED -> "Cette méthode HTTP n'est pas acceptée à cette adresse.";
            case NOT_ACCEPTABLE -> "Cette adresse ne répond dans aucun des formats demandés par l'en-tête Accept.";
            case UNSUPPORTED_MEDIA_TYPE -> "Le type de contenu de la requête n'est pas accepté à cette adresse ; "
                    + "envoyez par exemple application/json.";
            case CONTENT_TOO_LARGE -> "Le corps de la requête dépasse la taille maximale acceptée.";
            case SERVICE_UNAVAILABLE -> "Le service est momentanément indisponible ; réessayez dans un instant.";
            default -> status.is5xxServerError() ? "Une erreur inattendue est survenue ; elle a été journalisée."
                    : "La requête est invalide : un paramètre, un en-tête ou le corps est absent ou mal formé.";
        };
    }

    private static String frenchTitle(HttpStatus status) {
        if (status == null) {
            return "Erreur";
        }
        return switch (status) {
            case BAD_REQUEST -> "Requête invalide";
            case NOT_FOUND -> "Introuvable";
            case METHOD_NOT_ALLOWED -> "Méthode non autorisée";
            case NOT_ACCEPTABLE -> "Format de réponse non disponible";
            case UNSUPPORTED_MEDIA_TYPE -> "Type de contenu non pris en charge";
            case CONTENT_TOO_LARGE -> "Contenu trop volumineux";
            case CONFLICT -> "Conflit";
            case SERVICE_UNAVAILABLE -> "Service indisponible";
            default -> status.getReasonPhrase();
        };
    }
}
