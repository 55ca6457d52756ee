package fr.inclusion.orientation.web.coordinator;

import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/** What the coordinator's pages share: who may open them (French 403 otherwise) and the 303 after a form. */
final class CoordinatorPages {

    private CoordinatorPages() {
    }

    /** The coordinator's territory (from the token); anyone else gets the French 403 page. */
    static String territoryOf(CurrentUser user) {
        if (user == null || !user.isCoordinator()) {
            throw new ApiProblemException(403, "Accès refusé",
                    "Cette page est réservée aux coordinateurs de territoire.", List.of());
        }
        String territory = user.caller().territory();
        if (territory == null || territory.isBlank()) {
            throw new ApiProblemException(403, "Aucun territoire rattaché",
                    "Votre compte n'est rattaché à aucun territoire : demandez à l'administrateur de la plateforme "
                            + "de l'associer au vôtre.", List.of());
        }
        return territory;
    }

    static ModelAndView seeOther(String path, String confirmation) {
        return seeOther(path, confirmation, java.util.Map.of());
    }

    /** {@code more}: further query parameters the page reads to word its confirmation (ids, never free text). */
    static ModelAndView seeOther(String path, String confirmation, java.util.Map<String, String> more) {
        UriComponentsBuilder builder = UriComponentsBuilder.fromPath(path).queryParam("confirmation", confirmation);
        more.forEach(builder::queryParam);
        String url = builder.encode().toUriString();
        RedirectView redirect = new RedirectView(url, true);
        redirect.setStatusCode(HttpStatus.SEE_OTHER);
        redirect.setExposeModelAttributes(false);
        return new ModelAndView(redirect);
    }
}
