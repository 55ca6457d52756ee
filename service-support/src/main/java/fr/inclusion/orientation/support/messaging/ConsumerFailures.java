package fr.inclusion.orientation.support.messaging;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeoutException;

import org.springframework.core.convert.ConversionException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.messaging.converter.MessageConversionException;


import jakarta.validation.ValidationException;
import tools.jackson.core.JacksonException;

import fr.inclusion.orientation.support.store.StoreUnavailable;

/**
 * Sorts the failure of a consumed record. A dependency that is away (the store unreachable, a timeout) will come
 * back: the record waits for it. A record that can never be processed (unreadable, unknown type, invalid content) is
 * poison: it goes to the dead-letter topic at once. Anything else (a bug, most likely) is retried a few times, then
 * parked in the dead-letter topic too, to be replayed once fixed. The whole cause chain is looked at, so that a
 * store timeout wrapped by Spring or by our code is still a store timeout.
 */
public final class ConsumerFailures {

    /** What to do with a record whose processing failed. */
    public enum Kind {
        /** Retry with a capped backoff until it succeeds, never to the dead-letter topic. */
        TRANSIENT,
        /** To the dead-letter topic at once. */
        POISON,
        /** A few retries (the binding's max-attempts), then the dead-letter topic. */
        OTHER
    }

    private static final int MAX_DEPTH = 16;

    private ConsumerFailures() {
    }

    public static Kind classify(Throwable failure) {
        boolean poison = false;
        int depth = 0;
        for (Throwable t = failure; t != null && depth < MAX_DEPTH; t = t.getCause(), depth++) {
            if (isTransient(t)) {
                return Kind.TRANSIENT;
            }
            poison |= isPoison(t);
        }
        return poison ? Kind.POISON : Kind.OTHER;
    }

    /** The store away (one rule with the HTTP side's 503: {@link StoreUnavailable}), or a timeout. */
    private static boolean isTransient(Throwable t) {
        return StoreUnavailable.is(t)
                || t instanceof TransientDataAccessException
                || t instanceof RecoverableDataAccessException
                || t instanceof TimeoutException
                || t instanceof SocketTimeoutException
                || t instanceof ConnectException;
    }

    private static boolean isPoison(Throwable t) {
        return t instanceof JacksonException
                || t instanceof IllegalArgumentException
                || t instanceof ValidationException
                || t instanceof ClassCastException
                || t instanceof DeserializationException
                || t instanceof MessageConversionException
                || t instanceof ConversionException;
    }
}
