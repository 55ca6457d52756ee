package fr.inclusion.orientation.support.messaging;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

import org.apache.kafka.common.header.Headers;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer.HeaderNames;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessagingException;

/**
 * The headers a dead letter carries: the names the Spring Cloud Stream Kafka binder writes ({@code x-original-topic},
 * {@code x-original-partition}, {@code x-original-offset}, {@code x-exception-fqcn}, {@code x-exception-message},
 * {@code x-exception-stacktrace}…), so that tools reading the binder's dead letters read ours. The exception named is
 * the cause, not the wrappers the listener container and the binder put around it.
 */
public final class DeadLetterHeaders {

    public static final String ORIGINAL_TOPIC = "x-original-topic";
    public static final String ORIGINAL_PARTITION = "x-original-partition";
    public static final String ORIGINAL_OFFSET = "x-original-offset";
    public static final String ORIGINAL_CONSUMER_GROUP = "x-original-consumer-group";
    public static final String EXCEPTION_FQCN = "x-exception-fqcn";
    public static final String EXCEPTION_MESSAGE = "x-exception-message";
    public static final String EXCEPTION_STACKTRACE = "x-exception-stacktrace";

    /** Longest exception message kept; the stack trace is cut at this many characters too (times 8). */
    private static final int MAX_MESSAGE = 1000;

    private DeadLetterHeaders() {
    }

    static HeaderNames names() {
        return HeaderNames.Builder.original()
                .topicHeader(ORIGINAL_TOPIC)
                .partitionHeader(ORIGINAL_PARTITION)
                .offsetHeader(ORIGINAL_OFFSET)
                .timestampHeader("x-original-timestamp")
                .timestampTypeHeader("x-original-timestamp-type")
                .consumerGroupHeader(ORIGINAL_CONSUMER_GROUP)
                .exception()
                .exceptionFqcn(EXCEPTION_FQCN)
                .exceptionCauseFqcn("x-exception-cause-fqcn")
                .exceptionMessage(EXCEPTION_MESSAGE)
                .exceptionStacktrace(EXCEPTION_STACKTRACE)
                .keyExceptionFqcn("x-key-exception-fqcn")
                .keyExceptionMessage("x-key-exception-message")
                .keyExceptionStacktrace("x-key-exception-stacktrace")
                .build();
    }

    /** Replaces the cause headers of {@code headers} with those of {@code failure}. */
    static void describe(Headers headers, Throwable failure) {
        Throwable cause = cause(failure);
        headers.remove(EXCEPTION_FQCN);
        headers.remove(EXCEPTION_MESSAGE);
        headers.remove(EXCEPTION_STACKTRACE);
        headers.add(EXCEPTION_FQCN, bytes(cause.getClass().getName()));
        if (cause.getMessage() != null) {
            headers.add(EXCEPTION_MESSAGE, bytes(cut(cause.getMessage(), MAX_MESSAGE)));
        }
        StringWriter trace = new StringWriter();
        failure.printStackTrace(new PrintWriter(trace));
        headers.add(EXCEPTION_STACKTRACE, bytes(cut(trace.toString(), MAX_MESSAGE * 8)));
    }

    /** The failure without the container's and the binder's wrappers around it. */
    static Throwable cause(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ListenerExecutionFailedException || t instanceof MessagingException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    public static String text(Headers headers, String name) {
        var header = headers.lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String cut(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max) + "…";
    }
}
