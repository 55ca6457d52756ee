package fr.inclusion.orientation.support.messaging;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The topic named is not the dead-letter topic of one of this service's consumer bindings. */
public class UnknownDeadLetterTopicException extends ProblemException {

    public UnknownDeadLetterTopicException(String topic) {
        super(404, "dead-letter-topic-not-found", "File de rebut introuvable",
                "Ce service n'a pas de file de rebut nommée « " + topic + " ».");
    }
}
