package fr.inclusion.orientation.notification.inbox.web;

/**
 * The token is past its {@code exp} (still accepted within the decoder's clock skew): a stream would end at once,
 * and the client reconnect at once with the same token. It gets a 401 and takes a fresh token instead.
 */
class StreamTokenExpired extends RuntimeException {

    StreamTokenExpired() {
        super("Access token already expired");
    }
}
