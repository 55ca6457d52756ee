package fr.inclusion.orientation.web.venue;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.web.page.PageAccess;
import fr.inclusion.orientation.web.page.Redirects;
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
        PageAccess.require(user, CurrentUser::isVenueStaff, "au personnel des lieux d'inclusion numérique");
        return PageAccess.attached(user.venueId(), "lieu");
    }

    /** After a form: the page to show, by GET, with its confirmation code in the address. */
    static ModelAndView seeOther(String path, String confirmation, Object... pathVariables) {
        return new ModelAndView(Redirects.seeOther(UriComponentsBuilder.fromPath(path)
                .queryParam("confirmation", confirmation).buildAndExpand(pathVariables).encode().toUriString()));
    }

    static ModelAndView page(String view, HttpStatus status) {
        ModelAndView page = new ModelAndView(view);
        page.setStatus(status);
        return page;
    }
}
