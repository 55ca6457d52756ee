package fr.inclusion.orientation.support.web;

import java.io.IOException;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the container forwards to {@code /error} (a request the security firewall or Tomcat refused before any
 * controller, an error sent with {@code sendError}) answered as problem+json in French, whatever the client
 * accepts, instead of Spring Boot's {@code {timestamp, error, path}} JSON or white-label page.
 */
@RestController
public class ProblemErrorController implements ErrorController {

    @RequestMapping("${server.error.path:${error.path:/error}}")
    void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        HttpStatus status = code instanceof Integer value && HttpStatus.resolve(value) != null
                ? HttpStatus.valueOf(value) : HttpStatus.INTERNAL_SERVER_ERROR;
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String instance = uri == null ? request.getRequestURI() : uri.toString();
        response.resetBuffer();
        if (status.is5xxServerError()) {
            Problems.write(response, status, "internal", "Erreur interne",
                    "Une erreur inattendue est survenue ; elle a été journalisée.", instance);
        } else if (status == HttpStatus.NOT_FOUND) {
            Problems.write(response, status, "http-404", "Introuvable", "Aucune ressource à cette adresse.",
                    instance);
        } else {
            Problems.write(response, status, "http-" + status.value(), "Requête refusée",
                    "La requête a été refusée avant d'être traitée : son adresse, ses en-têtes ou son corps sont "
                            + "mal formés.", instance);
        }
    }
}
