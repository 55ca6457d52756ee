package fr.inclusion.orientation.web.admin;

import java.util.List;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/** The administration pages answer others as the services would: 403 with a French page (PageProblems). */
final class AdminOnly {

    private AdminOnly() {
    }

    static void check(CurrentUser user) {
        if (user == null || !user.isAdmin()) {
            throw new ApiProblemException(403, "Accès refusé", "Cette page est réservée aux administrateurs.", List.of());
        }
    }
}
