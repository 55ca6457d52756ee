package fr.inclusion.orientation.web.home;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;

import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * {@code /} is each person's home, by role: a secretary orients residents, venue staff answer the referrals they
 * received, coordinators see their territory's dashboard, administrators their tools; anyone else a page that says so.
 */
@Controller
class HomeController {

    static final String SECRETARY_HOME = "/orienter";
    static final String VENUE_HOME = "/orientations-recues";
    static final String COORDINATOR_HOME = "/tableau-de-bord";
    static final String ADMIN_HOME = "/administration";

    @GetMapping("/")
    String home(@ModelAttribute("user") CurrentUser user, Model model) {
        if (user.isSecretary()) {
            return "redirect:" + SECRETARY_HOME;
        }
        if (user.isVenueStaff()) {
            return "redirect:" + VENUE_HOME;
        }
        if (user.isCoordinator()) {
            return "redirect:" + COORDINATOR_HOME;
        }
        if (user.isAdmin()) {
            return "redirect:" + ADMIN_HOME;
        }
        return "home/waiting";
    }
}
