package fr.inclusion.orientation.web.api;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import jakarta.servlet.http.HttpServletResponse;

/**
 * What a page shows when a service said no or could not answer: a French page with the service's own words (its
 * problem's title and detail), the same status, never a stack trace. Forms catch their validation problems
 * themselves to show each message next to its field.
 */
@ControllerAdvice
class PageProblems {

    private static final Logger log = LoggerFactory.getLogger(PageProblems.class);

    @ExceptionHandler(ApiProblemException.class)
    String problem(ApiProblemException problem, Model model, HttpServletResponse response) {
        response.setStatus(problem.status());
        if (problem.status() == 404) {
            return page(model, "Page introuvable",
                    "Cette page n'existe pas, ou elle ne vous est pas accessible.");
        }
        return page(model, problem.title(), problem.detail());
    }

    @ExceptionHandler(ResourceAccessException.class)
    @ResponseStatus(HttpStatus.SERVICE_UNAVAILABLE)
    String unreachable(ResourceAccessException e, Model model) {
        log.warn("A service did not answer: {}", e.toString());
        return page(model, "Service momentanément indisponible",
                "Une partie d'Orientation numérique ne répond pas. Réessayez dans quelques instants.");
    }

    @ExceptionHandler(NoResourceFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        return page(model, "Page introuvable", "Cette page n'existe pas, ou elle ne vous est pas accessible.");
    }

    private static String page(Model model, String title, String detail) {
        model.addAttribute("problemTitle", title);
        model.addAttribute("problemDetail", detail);
        return "error/problem";
    }
}
