package fr.inclusion.orientation.web.page;

import java.util.List;
import java.util.function.Predicate;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/** Who may open a page: anyone else gets the French 403 page (PageProblems), as the services would answer. */
public final class PageAccess {

    private PageAccess() {
    }

    /** {@code reservedTo}: whom the page is for, as the 403 page words it ("aux secrétaires de mairie"). */
    public static void require(CurrentUser user, Predicate<CurrentUser> role, String reservedTo) {
        if (user == null || !role.test(user)) {
            throw new ApiProblemException(403, "Accès refusé", "Cette page est réservée " + reservedTo + ".",
                    List.of());
        }
    }

    /**
     * The id of the {@code place} ("territoire", "lieu") the account is attached to; without one, the French 403
     * page saying so.
     */
    public static String attached(String id, String place) {
        if (id == null || id.isBlank()) {
            throw new ApiProblemException(403, "Aucun " + place + " rattaché", "Votre compte n'est rattaché à aucun "
                    + place + " : demandez à l'administrateur de la plateforme de l'associer au vôtre.", List.of());
        }
        return id;
    }
}
