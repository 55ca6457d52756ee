package fr.inclusion.orientation.support.messaging;

/** The topic named is not the dead-letter topic of one of this service's consumer bindings. */
public class UnknownDeadLetterTopicException extends RuntimeException {

    private final String topic;

    public UnknownDeadLetterTopicException(String topic) {
        super("Unknown dead-letter topic");
        this.topic = topic;
    }

    public String topic() {
        return topic;
    }
}
