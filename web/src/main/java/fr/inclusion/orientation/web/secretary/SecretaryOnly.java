package fr.inclusion.orientation.web.secretary;

import fr.inclusion.orientation.web.page.PageAccess;
import fr.inclusion.orientation.web.user.CurrentUser;

/** The secretary's pages answer others as the services would: 403 with a French page (PageProblems). */
final class SecretaryOnly {

    private SecretaryOnly() {
    }

    static void check(CurrentUser user) {
        PageAccess.require(user, CurrentUser::isSecretary, "aux secrétaires de mairie");
    }
}
