package fr.inclusion.orientation.web.coordinator;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;
import tools.jackson.databind.JsonNode;

/**
 * "Alertes": the referrals of the coordinator's territory that expired without an answer and were escalated to her,
 * how late they are, each with a link to re-route it ({@link RerouteController}); coordinators have no page of a
 * referral: it would show what they may not see. Until referral-service serves {@code /api/escalations} (404), the
 * page says so in French instead of an error page.
 */
@Controller
class AlertsController {

    static final String PAGE = "/alertes";
    static final int SIZE = 20;
    /** The confirmation after a re-routing; {@code lieu} names the new venue by its id, never by free text. */
    static final String REROUTED = "reorientee";

    private final Alerts alerts;
    private final RestClient venues;

    AlertsController(Alerts alerts, @Qualifier("venueApi") RestClient venues) {
        this.alerts = alerts;
        this.venues = venues;
    }

    @GetMapping(PAGE)
    ModelAndView alerts(@ModelAttribute("user") CurrentUser user, @RequestParam(defaultValue = "0") int page,
            @RequestParam(required = false) String confirmation, @RequestParam(required = false) String lieu) {
        String territory = CoordinatorPages.territoryOf(user);
        ModelAndView view = page(territory, page, HttpStatus.OK);
        if (REROUTED.equals(confirmation)) {
            String name = venueName(lieu);
            view.addObject("notice", name.isBlank() ? "L'orientation a été réorientée."
                    : "L'orientation a été réorientée vers " + name + ".");
        }
        return view;
    }

    /** The page of alerts, with {@code status} (a refused re-routing shows it with its 409 and a warning). */
    ModelAndView page(String territory, int page, HttpStatus status) {
        int wanted = Math.max(0, page);
        ModelAndView view = new ModelAndView("coordinator/alerts");
        view.setStatus(status);
        Optional<Alerts.Page> found = alerts.page(territory, wanted, SIZE);
        if (found.isEmpty()) {
            view.addObject("unavailable", true);
            view.addObject("alerts", List.of());
            return view;
        }
        long total = found.get().total();
        view.addObject("unavailable", false);
        view.addObject("alerts", found.get().alerts());
        view.addObject("total", total);
        view.addObject("page", wanted);
        view.addObject("hasPrevious", wanted > 0);
        view.addObject("hasNext", (long) (wanted + 1) * SIZE < total);
        return view;
    }

    /** The new venue's name for the confirmation; nothing when it cannot be read (the re-routing is made). */
    private String venueName(String id) {
        if (id == null || id.isBlank()) {
            return "";
        }
        try {
            JsonNode venue = venues.get().uri("/api/venues/{id}", id).retrieve().body(JsonNode.class);
            return venue == null ? "" : venue.path("nom").asString("").strip();
        } catch (ApiProblemException | org.springframework.web.client.ResourceAccessException unreadable) {
            return "";
        }
    }
}
