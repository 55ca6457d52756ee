package fr.inclusion.orientation.web.page;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Redirects with a relative {@code Location}: behind the gateway, an absolute one built from this service's own
 * address would send the browser past the gateway.
 */
public final class Redirects {

    private Redirects() {
    }

    /** After a POST, 303 See Other: the browser follows with a GET, and a reload does not submit again. */
    public static RedirectView seeOther(String path) {
        return to(path, HttpStatus.SEE_OTHER);
    }

    /** This page lives elsewhere for this person (302 Found). */
    public static RedirectView found(String path) {
        return to(path, HttpStatus.FOUND);
    }

    private static RedirectView to(String path, HttpStatus status) {
        RedirectView view = new RedirectView(path, true);
        // with a status set, RedirectView writes the Location as given instead of letting the container resolve it
        view.setStatusCode(status);
        view.setExposeModelAttributes(false);
        return view;
    }
}
