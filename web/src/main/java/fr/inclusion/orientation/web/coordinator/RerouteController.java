package fr.inclusion.orientation.web.coordinator;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;
import fr.inclusion.orientation.web.venue.FormErrors;
import tools.jackson.databind.JsonNode;

/**
 * "Réorienter" an alert: the coordinator sends a referral that expired unanswered to another venue offering the same
 * need near the resident's commune (venue-service's ranked search, without the venue that let it expire), through
 * referral-service's {@code POST /api/referrals/{id}/reroute}. She never sees the resident: the alert has only the
 * commune, the need and the venue. The alert must be one of her territory's (French 404 otherwise); a referral that
 * can no longer be re-routed (409: already re-routed…) is said above the list of alerts.
 */
@Controller
class RerouteController {

    static final String PAGE = AlertsController.PAGE + "/{id}/reorienter";
    /** The most venues offered (venue-service's default page of results). */
    static final int RESULTS = 10;
    static final String FORM = "reorientation";
    /** The id of the group of radio buttons, where the error summary leads when there is no button to focus. */
    static final String CHOICES = "reorientation-lieux";

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM 'à' H'h'mm", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));

    /** One venue she may choose. */
    public record Choice(String venueId, String inputId, String name, String place, String distance,
            List<String> reasons, String next) {
    }

    private final Alerts alerts;
    private final AlertsController list;
    private final RestClient referrals;
    private final RestClient venues;

    RerouteController(Alerts alerts, AlertsController list, @Qualifier("referralApi") RestClient referrals,
            @Qualifier("venueApi") RestClient venues) {
        this.alerts = alerts;
        this.list = list;
        this.referrals = referrals;
        this.venues = venues;
    }

    @GetMapping(PAGE)
    ModelAndView form(@ModelAttribute("user") CurrentUser user, @PathVariable String id) {
        String territory = CoordinatorPages.territoryOf(user);
        return alerts.find(territory, id).map(alert -> alert.rerouted() ? alreadyRerouted(territory, id)
                : page(alert, Map.of(), null, null, HttpStatus.OK)).orElseGet(RerouteController::notFound);
    }

    /** An old link (or a second tab): the alerts, saying it was done already. */
    private ModelAndView alreadyRerouted(String territory, String id) {
        ModelAndView page = list.page(territory, 0, HttpStatus.OK);
        page.addObject("warning", "L'orientation n° " + id + " a déjà été réorientée : rien d'autre à faire.");
        return page;
    }

    @PostMapping(PAGE)
    ModelAndView reroute(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String venueId) {
        String territory = CoordinatorPages.territoryOf(user);
        String chosen = venueId == null ? "" : venueId.strip();
        if (chosen.isEmpty()) {
            return alerts.find(territory, id).map(alert -> page(alert,
                    Map.of("venueId", "Choisissez le lieu vers lequel réorienter l'orientation."), null, null,
                    HttpStatus.BAD_REQUEST)).orElseGet(RerouteController::notFound);
        }
        try {
            referrals.post().uri("/api/referrals/{id}/reroute", id).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("venueId", chosen)).retrieve().toBodilessEntity();
        } catch (ApiProblemException problem) {
            return refused(territory, id, chosen, problem);
        }
        return CoordinatorPages.seeOther(AlertsController.PAGE, AlertsController.REROUTED, Map.of("lieu", chosen));
    }

    /**
     * 404: not (or no longer) of her territory. 409: the referral can no longer be re-routed, said above the list.
     * 400 or 422 (same venue, unknown or inactive venue, need not offered there): the form again with the message.
     */
    private ModelAndView refused(String territory, String id, String chosen, ApiProblemException problem) {
        return switch (problem.status()) {
            case 404 -> notFound();
            case 409 -> {
                ModelAndView page = list.page(territory, 0, HttpStatus.CONFLICT);
                page.addObject("warning", "L'orientation n° " + id + " n'a pas été réorientée : "
                        + (problem.detail() == null || problem.detail().isBlank() ? problem.title()
                                : problem.detail()));
                yield page;
            }
            case 400, 422 -> alerts.find(territory, id)
                    .map(alert -> page(alert, Map.of(), problem, chosen, HttpStatus.valueOf(problem.status())))
                    .orElseGet(RerouteController::notFound);
            default -> throw problem;
        };
    }

    private ModelAndView page(Alerts.Alert alert, Map<String, String> messages, ApiProblemException problem, String chosen,
            HttpStatus status) {
        ModelAndView page = new ModelAndView("coordinator/reroute");
        page.setStatus(status);
        List<Choice> choices = new ArrayList<>();
        int paused = 0;
        String searchProblem = null;
        try {
            for (JsonNode item : search(alert).path("items")) {
                JsonNode venue = item.path("venue");
                String venueId = venue.path("id").asString("");
                if (venueId.isBlank() || venueId.equals(alert.venueId()) || !venue.path("active").asBoolean(true)) {
                    continue;
                }
                if (venue.path("intake_paused").asBoolean(false)) {
                    paused++;
                    continue;
                }
                choices.add(choice(item, venueId));
            }
        } catch (ApiProblemException refused) {
            if (refused.status() != 400 && refused.status() != 404) {
                throw refused;
            }
            searchProblem = refused.detail() == null || refused.detail().isBlank() ? refused.title()
                    : refused.detail();
        }
        Map<String, String> anchors = new LinkedHashMap<>();
        anchors.put("venueId", choices.isEmpty() ? CHOICES : choices.getFirst().inputId());
        page.addObject("errors", problem == null ? FormErrors.of(FORM, messages, anchors)
                : FormErrors.of(FORM, problem, anchors, Map.of()));
        page.addObject("alert", alert);
        page.addObject("choices", choices);
        page.addObject("paused", paused);
        page.addObject("searchProblem", searchProblem);
        page.addObject("chosen", chosen == null ? "" : chosen);
        return page;
    }

    private JsonNode search(Alerts.Alert alert) {
        return venues.get().uri(uri -> uri.path("/api/venues/search").queryParam("need", "{need}")
                .queryParam("commune", "{commune}").queryParam("limit", RESULTS).build(alert.need(), alert.commune()))
                .retrieve().body(JsonNode.class);
    }

    private static Choice choice(JsonNode item, String venueId) {
        JsonNode venue = item.path("venue");
        String name = venue.path("nom").asString("");
        List<String> reasons = new ArrayList<>();
        item.path("reasons").forEach(reason -> reasons.add(reason.asString("")));
        return new Choice(venueId, "lieu-" + venueId.replaceAll("[^A-Za-z0-9_-]", "-"), name.isBlank() ? venueId
                : name, venue.path("commune").asString(""), distance(item.path("distanceKm")), reasons, next(item));
    }

    /** « à 12,3 km », « dans la commune ». */
    static String distance(JsonNode km) {
        if (km == null || !km.isNumber()) {
            return "";
        }
        double value = km.asDouble();
        return value < 0.05 ? "dans la commune" : String.format(Locale.FRANCE, "à %.1f\u00a0km", value);
    }

    /** « Prochain passage : mardi 9 décembre à 14h00 (place de la mairie) », or the next opening. */
    private static String next(JsonNode item) {
        JsonNode stop = item.path("nextMobileStop");
        if (stop.isObject()) {
            String when = when(stop.path("at").asString(""));
            String place = stop.path("place").asString("");
            if (!when.isEmpty()) {
                return "Prochain passage : " + when + (place.isBlank() ? "" : " (" + place + ")");
            }
        }
        String opening = when(item.path("nextOpening").asString(""));
        return opening.isEmpty() ? "" : "Prochaine ouverture : " + opening;
    }

    private static String when(String iso) {
        if (iso.isBlank()) {
            return "";
        }
        try {
            return WHEN.format(OffsetDateTime.parse(iso));
        } catch (RuntimeException unreadable) {
            return "";
        }
    }

    private static ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/problem");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("problemTitle", "Alerte introuvable");
        page.addObject("problemDetail", "Cette alerte n'existe pas, ou elle ne concerne pas votre territoire. "
                + "Retrouvez les alertes de votre territoire sur la page Alertes.");
        return page;
    }
}
