package fr.inclusion.orientation.notification.inbox.web;

import fr.inclusion.orientation.support.problem.ProblemException;

/**
 * The token is past its {@code exp} (still accepted within the decoder's clock skew): a stream would end at once,
 * and the client reconnect at once with the same token. It gets a 401 and takes a fresh token instead.
 */
class StreamTokenExpiredException extends ProblemException {

    StreamTokenExpiredException() {
        super(401, "authentication-required", "Authentification requise",
                "Votre jeton d'accès a expiré : reconnectez-vous avec un jeton neuf.");
        header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
    }
}
