package fr.inclusion.orientation.venue.territory.web;

import org.springframework.http.HttpStatus;

/** An uploaded file refused before it is read: too large, of the wrong type, or missing. The detail is French. */
class UploadException extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;

    UploadException(HttpStatus status, String type, String title, String detail) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
    }

    HttpStatus status() {
        return status;
    }

    String type() {
        return type;
    }

    String title() {
        return title;
    }
}
