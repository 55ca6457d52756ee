package fr.inclusion.orientation.web.home;

import java.util.List;
import java.util.function.Predicate;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * {@code /} is each person's home, by role: a secretary orients residents, venue staff answer the referrals they
 * received, coordinators see their territory's dashboard, administrators their tools; anyone else a page that says so.
 */
@Controller
class HomeController {

    /** A role's home page. */
    private record Home(Predicate<CurrentUser> role, String path) {
    }

    /** In this order: someone with several roles lands on the first one's home. */
    private static final List<Home> HOMES = List.of(
            new Home(CurrentUser::isSecretary, "/orienter"),
            new Home(CurrentUser::isVenueStaff, "/orientations-recues"),
            new Home(CurrentUser::isCoordinator, "/tableau-de-bord"),
            new Home(CurrentUser::isAdmin, "/administration"));

    @GetMapping("/")
    String home(@ModelAttribute("user") CurrentUser user) {
        return HOMES.stream().filter(home -> home.role().test(user)).findFirst()
                .map(home -> "redirect:" + home.path()).orElse("home/waiting");
    }
}
