package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

import org.springframework.http.HttpStatus;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.support.problem.ProblemException;

/**
 * An uploaded file refused before it is read: too large, of the wrong type, or missing. The detail is French; a
 * 400 names the form part as the field at fault.
 */
class UploadException extends ProblemException {

    UploadException(HttpStatus status, String type, String title, String detail) {
        super(status.value(), type, title, detail);
        if (status == HttpStatus.BAD_REQUEST) {
            property("errors", List.of(new FieldError(CsvUpload.PART, detail)));
        }
    }
}
