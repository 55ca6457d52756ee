package fr.inclusion.orientation.notification.inbox.web;

import java.time.Duration;

import fr.inclusion.orientation.support.problem.ProblemException;

/** The caller already has {@code notification.stream.max-per-user} live streams open on this instance. */
class TooManyStreamsException extends ProblemException {

    TooManyStreamsException(int max, Duration retryAfter) {
        super(429, "too-many-streams", "Trop de connexions en direct", "Vous avez déjà " + max + " connexions en "
                + "direct ouvertes (onglets, appareils) : fermez-en une ou réessayez dans quelques instants.");
        header("Retry-After", String.valueOf(Math.max(1, retryAfter.toSeconds())));
    }
}
