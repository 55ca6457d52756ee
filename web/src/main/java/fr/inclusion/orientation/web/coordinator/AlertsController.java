package fr.inclusion.orientation.web.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.web.api.ApiProblem;
import fr.inclusion.orientation.web.user.CurrentUser;
import tools.jackson.databind.JsonNode;

/**
 * "Alertes": the referrals of the coordinator's territory that expired without an answer and were escalated to her,
 * how late they are, each with the referral's number (coordinators have no page of a referral yet: it would show
 * what they may not see). Until referral-service serves {@code /api/escalations}
 * (404), the page says so in French instead of an error page.
 */
@Controller
class AlertsController {

    static final String PAGE = "/alertes";
    static final int SIZE = 20;

    /** One escalated referral as the page shows it. */
    public record Alert(String referralId, String venueName, String commune, String need, String late) {
    }

    private final RestClient referrals;

    AlertsController(@Qualifier("referralApi") RestClient referrals) {
        this.referrals = referrals;
    }

    @GetMapping(PAGE)
    ModelAndView alerts(@ModelAttribute("user") CurrentUser user, @RequestParam(defaultValue = "0") int page) {
        String territory = CoordinatorPages.territoryOf(user);
        int wanted = Math.max(0, page);
        ModelAndView view = new ModelAndView("coordinator/alerts");
        JsonNode found;
        try {
            found = referrals.get().uri(uri -> uri.path("/api/escalations").queryParam("territory", territory)
                    .queryParam("page", wanted).queryParam("size", SIZE).build()).retrieve().body(JsonNode.class);
        } catch (ApiProblem problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            view.addObject("unavailable", true);
            view.addObject("alerts", List.of());
            return view;
        }
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode item : found.path("items")) {
            String id = first(item, "referralId", "id");
            String commune = first(item, "communeName", "commune");
            // referral-service names the venue as {venue: {id, name}}; its name is null while the venue is unknown
            String venue = item.path("venue").path("name").asString(item.path("venue").path("id").asString(""));
            alerts.add(new Alert(id, venue, commune, first(item, "needLabel", "need"),
                    late(item.path("lateByHours"))));
        }
        long total = found.path("total").asLong(alerts.size());
        view.addObject("unavailable", false);
        view.addObject("alerts", alerts);
        view.addObject("total", total);
        view.addObject("page", wanted);
        view.addObject("hasPrevious", wanted > 0);
        view.addObject("hasNext", (long) (wanted + 1) * SIZE < total);
        return view;
    }

    private static String first(JsonNode item, String... names) {
        for (String name : names) {
            String value = item.path(name).asString("");
            if (!value.isBlank()) {
                return value;
            }
        }
        return "";
    }

    /** « 5 h de retard », « 2 jours et 3 h de retard ». */
    static String late(JsonNode hoursNode) {
        if (hoursNode == null || !hoursNode.isNumber()) {
            return "Retard inconnu";
        }
        long hours = Math.max(0, Math.round(hoursNode.asDouble()));
        long days = hours / 24;
        long rest = hours % 24;
        StringBuilder text = new StringBuilder();
        if (days > 0) {
            text.append(days).append(days == 1 ? " jour" : " jours");
            if (rest > 0) {
                text.append(" et ");
            }
        }
        if (rest > 0 || days == 0) {
            text.append(rest).append("\u00a0h");
        }
        return text.append(" de retard").toString().toLowerCase(Locale.FRANCE);
    }
}
