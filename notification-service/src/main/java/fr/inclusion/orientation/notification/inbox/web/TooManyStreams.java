package fr.inclusion.orientation.notification.inbox.web;

import java.time.Duration;

/** The caller already has {@code notification.stream.max-per-user} live streams open on this instance. */
class TooManyStreams extends RuntimeException {

    private final int max;
    private final Duration retryAfter;

    TooManyStreams(int max, Duration retryAfter) {
        super("Too many live streams for one user (" + max + ")");
        this.max = max;
        this.retryAfter = retryAfter;
    }

    int max() {
        return max;
    }

    Duration retryAfter() {
        return retryAfter;
    }
}
