package fr.inclusion.orientation.web.coordinator;

import java.util.Map;

import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.web.page.PageAccess;
import fr.inclusion.orientation.web.page.Redirects;
import fr.inclusion.orientation.web.user.CurrentUser;

/** What the coordinator's pages share: who may open them (French 403 otherwise) and the 303 after a form. */
final class CoordinatorPages {

    private CoordinatorPages() {
    }

    /** The coordinator's territory (from the token); anyone else gets the French 403 page. */
    static String territoryOf(CurrentUser user) {
        PageAccess.require(user, CurrentUser::isCoordinator, "aux coordinateurs de territoire");
        return PageAccess.attached(user.caller().territory(), "territoire");
    }

    static ModelAndView seeOther(String path, String confirmation) {
        return seeOther(path, confirmation, Map.of());
    }

    /** {@code more}: further query parameters the page reads to word its confirmation (ids, never free text). */
    static ModelAndView seeOther(String path, String confirmation, Map<String, String> more) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParam("confirmation", confirmation);
        more.forEach(builder::queryParam);
        return new ModelAndView(Redirects.seeOther(builder.encode().toUriString()));
    }
}
