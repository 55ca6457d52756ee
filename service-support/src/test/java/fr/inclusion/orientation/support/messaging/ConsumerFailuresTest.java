package fr.inclusion.orientation.support.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;

import org.junit.jupiter.api.Test;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.messaging.MessageHandlingException;
import org.springframework.messaging.support.MessageBuilder;

import com.mongodb.MongoTimeoutException;

import fr.inclusion.orientation.contracts.EventCodec;
import fr.inclusion.orientation.contracts.venue.VenueEvent;
import fr.inclusion.orientation.support.messaging.ConsumerFailures.Kind;

class ConsumerFailuresTest {

    @Test
    void aStoreThatDoesNotAnswerIsTransientUnderTheListenersWrappers() {
        var storeAway = new DataAccessResourceFailureException("Timed out while waiting for a server",
                new MongoTimeoutException("Timed out while waiting for a server"));

        assertThat(ConsumerFailures.classify(wrapped(storeAway))).isEqualTo(Kind.TRANSIENT);
        assertThat(ConsumerFailures.classify(wrapped(new QueryTimeoutException("slow")))).isEqualTo(Kind.TRANSIENT);
        assertThat(ConsumerFailures.classify(new IllegalStateException("directory",
                new ConnectException("refused")))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void anUndecodableOrInvalidRecordIsPoison() {
        RuntimeException undecodable = catching(() -> EventCodec.read("{\"type\":\"VenueTeleported\"}",
                VenueEvent.class));

        assertThat(ConsumerFailures.classify(wrapped(undecodable))).isEqualTo(Kind.POISON);
        assertThat(ConsumerFailures.classify(wrapped(new IllegalArgumentException("no venue id"))))
                .isEqualTo(Kind.POISON);
    }

    @Test
    void aTransientCauseWinsOverAnInvalidLookingWrapper() {
        assertThat(ConsumerFailures.classify(new IllegalArgumentException("while applying",
                new DataAccessResourceFailureException("store away")))).isEqualTo(Kind.TRANSIENT);
    }

    @Test
    void anythingElseIsNeitherAndGetsTheBindingsBoundedRetries() {
        assertThat(ConsumerFailures.classify(wrapped(new IllegalStateException("no ReferralSent processed"))))
                .isEqualTo(Kind.OTHER);
        assertThat(ConsumerFailures.classify(wrapped(new NullPointerException()))).isEqualTo(Kind.OTHER);
    }

    @Test
    void theCauseNamedInTheHeadersIsTheOneUnderTheWrappers() {
        var cause = new IllegalArgumentException("no venue id");

        assertThat(DeadLetterHeaders.cause(wrapped(cause))).isSameAs(cause);
    }

    /** As the listener container hands it to the error handler: container, then binder, then the function's. */
    private static RuntimeException wrapped(RuntimeException failure) {
        return new ListenerExecutionFailedException("Listener failed",
                new MessageHandlingException(MessageBuilder.withPayload(new byte[0]).build(), failure));
    }

    private static RuntimeException catching(Runnable action) {
        try {
            action.run();
        } catch (RuntimeException e) {
            return e;
        }
        throw new AssertionError("no failure");
    }
}
