package fr.inclusion.orientation.support.web;

import java.io.IOException;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;

/**
 * Tomcat's own error report (a request it refuses before any servlet: a path it cannot decode, an unparseable
 * header) as problem+json in French instead of its HTML page. Installed on the host by {@link RequestLimits}.
 */
public class ProblemReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int code = response.getStatus();
        if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        HttpStatus status = HttpStatus.resolve(code);
        if (status == null) {
            status = code >= 500 ? HttpStatus.INTERNAL_SERVER_ERROR : HttpStatus.BAD_REQUEST;
        }
        try {
            response.resetBuffer();
            if (status.is5xxServerError()) {
                Problems.write(response, status, "internal", "Erreur interne",
                        "Une erreur inattendue est survenue ; elle a été journalisée.", "");
            } else {
                Problems.write(response, status, "http-" + status.value(), "Requête refusée",
                        "La requête a été refusée avant d'être traitée : son adresse, ses en-têtes ou son corps "
                                + "sont mal formés.", "");
            }
            response.finishResponse();
        } catch (IOException | IllegalStateException e) {
            // the client is gone or the answer was already on its way: nothing more to say
        }
    }
}
