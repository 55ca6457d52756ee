package fr.inclusion.orientation.web.secretary;

import java.util.List;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/** The secretary's pages answer others as the services would: 403 with a French page (PageProblems). */
final class SecretaryOnly {

    private SecretaryOnly() {
    }

    static void check(CurrentUser user) {
        if (user == null || !user.isSecretary()) {
            throw new ApiProblemException(403, "Accès refusé",
                    "Cette page est réservée aux secrétaires de mairie.", List.of());
        }
    }
}
