package fr.inclusion.orientation.support.messaging;

import java.net.URI;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import fr.inclusion.orientation.support.web.Problems;

/**
 * The dead-letter topics of this service, for operators (admins only, see {@link DeadLetterConfiguration}):
 * {@code GET /api/admin/dead-letters} counts their records, {@code POST /api/admin/dead-letters/{topic}/replay}
 * replays those not replayed yet once the cause is fixed. {@code ./orientation dlq} calls both.
 */
@RestController
@RequestMapping(DeadLetterController.PATH)
public class DeadLetterController {

    static final String PATH = "/api/admin/dead-letters";

    private final DeadLetters deadLetters;

    DeadLetterController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping
    List<DeadLetters.Count> counts() {
        return deadLetters.counts();
    }

    @PostMapping("/{topic}/replay")
    DeadLetters.Replay replay(@PathVariable String topic) {
        return deadLetters.replay(deadLetters.topic(topic)
                .orElseThrow(() -> new UnknownDeadLetterTopicException(topic)));
    }

    /** Problems of the dead-letter endpoints, before the shared advice. */
    @RestControllerAdvice(assignableTypes = DeadLetterController.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class DeadLetterProblems {

        @ExceptionHandler(UnknownDeadLetterTopicException.class)
        ResponseEntity<ProblemDetail> unknown(UnknownDeadLetterTopicException e, HttpServletRequest request) {
            return problem(Problems.of(HttpStatus.NOT_FOUND, "dead-letter-topic-not-found",
                    "File de rebut introuvable", "Ce service n'a pas de file de rebut nommée « " + e.topic()
                            + " »."), request);
        }

        @ExceptionHandler(DeadLettersUnavailableException.class)
        ResponseEntity<ProblemDetail> unavailable(DeadLettersUnavailableException e, HttpServletRequest request) {
            return problem(Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "dead-letters-unavailable",
                    "Files de rebut indisponibles", "Le courtier Kafka ou le stockage ne répond pas ; "
                            + "les enregistrements déjà rejoués le restent. Réessayez plus tard."), request);
        }

        private static ResponseEntity<ProblemDetail> problem(ProblemDetail problem, HttpServletRequest request) {
            problem.setInstance(URI.create(request.getRequestURI()));
            return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(problem);
        }
    }
}
