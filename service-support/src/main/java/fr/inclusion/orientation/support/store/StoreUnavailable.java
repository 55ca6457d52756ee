package fr.inclusion.orientation.support.store;

import org.springframework.dao.DataAccessResourceFailureException;

import com.mongodb.MongoConnectionPoolClearedException;
import com.mongodb.MongoException;
import com.mongodb.MongoExecutionTimeoutException;
import com.mongodb.MongoNodeIsRecoveringException;
import com.mongodb.MongoNotPrimaryException;
import com.mongodb.MongoServerUnavailableException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;

/**
 * Tells an outage of the store (unreachable, timed out, connection lost, primary stepping down) from every other
 * failure: the first is worth retrying in a moment, the second is a bug or a bad request.
 */
public final class StoreUnavailable {

    private StoreUnavailable() {
    }

    /**
     * True when the failure or one of its causes says the store could not be reached or did not answer in time:
     * Spring Data's {@link DataAccessResourceFailureException} (what it makes of the driver's timeouts and socket
     * errors), or the driver's own exceptions, which Spring Data leaves uncategorized for some of them (a read
     * timeout is a subclass of {@link MongoSocketException} it does not recognise).
     */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (is(t)) {
                return true;
            }
        }
        return false;
    }

    /** This very exception (not its causes) says the store could not be reached or did not answer in time. */
    public static boolean is(Throwable t) {
        return t instanceof DataAccessResourceFailureException
                || t instanceof MongoTimeoutException
                || t instanceof MongoSocketException
                || t instanceof MongoConnectionPoolClearedException
                || t instanceof MongoServerUnavailableException
                || t instanceof MongoExecutionTimeoutException
                || t instanceof MongoNotPrimaryException
                || t instanceof MongoNodeIsRecoveringException
                || (t instanceof MongoException mongo && (mongo.hasErrorLabel("RetryableWriteError")
                        || mongo.hasErrorLabel("TransientTransactionError")));
    }
}
