package fr.inclusion.orientation.support.messaging;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

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
}
