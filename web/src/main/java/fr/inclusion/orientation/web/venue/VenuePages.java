package fr.inclusion.orientation.web.venue;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/** What the venue staff's pages share: who may open them, and the redirect after a form (303, see other). */
final class VenuePages {

    private VenuePages() {
    }

    /**
     * The venue of the signed-in staff member; anyone else gets the French 403 page (a secretary must not land on a
     * list the service would scope to her own referrals).
     */
    static String venueOf(CurrentUser user) {
        if (user == null || !user.isVenueStaff()) {
            throw new ApiProblemException(403, "Accès refusé",
                    "Cette page est réservée au personnel des lieux d'inclusion numérique.", List.of());
        }
        if (user.venueId() == null) {
            throw new ApiProblemException(403, "Aucun lieu rattaché",
                    "Votre compte n'est rattaché à aucun lieu : demandez à l'administrateur de la plateforme de "
                            + "l'associer au vôtre.", List.of());
        }
        return user.venueId();
    }

    /** After a form: the page to show, by GET, with its confirmation code in the address. */
    static ModelAndView seeOther(String path, String confirmation, Object... pathVariables) {
        String url = UriComponentsBuilder.fromPath(path).queryParam("confirmation", confirmation)
                .buildAndExpand(pathVariables).encode().toUriString();
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }

    static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
