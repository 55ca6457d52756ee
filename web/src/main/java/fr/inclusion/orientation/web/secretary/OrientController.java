package fr.inclusion.orientation.web.secretary;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.support.problem.FieldError;
import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * {@code GET /orienter}: "Orienter un habitant". A GET form (need, commune, constraints) whose answer is the same
 * page with the ranked places, a small map and, for each place, the link to send the referral. Works without
 * JavaScript; with it, the commune field suggests communes as she types ({@code /orienter/communes}).
 */
@Controller
class OrientController {

    static final String PATH = "/orienter";

    private final VenueClient venues;
    private final CommuneField communeField;

    OrientController(VenueClient venues, CommuneField communeField) {
        this.venues = venues;
        this.communeField = communeField;
    }

    /** One result as the page shows it. */
    public record ResultView(int number, String id, String name, String address, String distance,
            List<String> reasons, boolean openNow, String nextOpening, String nextStop, boolean paused,
            boolean mobile, boolean free, String sendUrl) {
    }

    @GetMapping(PATH)
    String orient(@ModelAttribute("user") CurrentUser user, @RequestParam(required = false) String need,
            @RequestParam(required = false) String commune,
            @RequestParam(required = false) List<String> constraints, Model model,
            HttpServletResponse response) {
        SecretaryOnly.check(user);
        List<String> wanted = Constraint.known(constraints);
        List<VenueClient.Commune> hers = herCommunes(user);
        model.addAttribute("needs", Needs.ALL);
        model.addAttribute("constraintChoices", Constraint.values());
        model.addAttribute("need", need);
        model.addAttribute("constraints", wanted);
        model.addAttribute("suggestions", hers);
        FormErrors errors = new FormErrors("need", "commune", "constraints");
        model.addAttribute("errors", errors);

        boolean searched = need != null || commune != null;
        if (!searched) {
            model.addAttribute("commune", hers.isEmpty() ? user.firstCommune() : hers.getFirst().label());
            return "secretary/orienter";
        }
        model.addAttribute("commune", commune);
        if (need == null || need.isBlank() || Needs.of(need).isEmpty()) {
            errors.add("need", "Choisissez le besoin de la personne.");
        }
        CommuneField.Resolved place = communeField.resolve(commune);
        if (place.commune() == null) {
            errors.add("commune", place.error());
            if (!place.candidates().isEmpty()) {
                model.addAttribute("suggestions", place.candidates());
            }
        }
        if (errors.any()) {
            response.setStatus(400);
            return "secretary/orienter";
        }
        VenueClient.Commune at = place.commune();
        model.addAttribute("commune", at.label());
        model.addAttribute("searchedCommune", at);
        model.addAttribute("needLabel", Needs.label(need));
        try {
            List<VenueClient.Result> found = venues.search(need, at.code(), wanted, VenueClient.RESULTS);
            List<ResultView> results = new ArrayList<>();
            for (int i = 0; i < found.size(); i++) {
                results.add(view(i + 1, found.get(i), need, at.code(), wanted));
            }
            model.addAttribute("results", results);
            model.addAttribute("map", map(at, found));
        } catch (ApiProblemException problem) {
            if (problem.status() != 400) {
                throw problem;
            }
            response.setStatus(400);
            problem.errors().forEach(error -> errors.add(error.field(), searchMessage(error)));
            if (!errors.any()) {
                errors.add(null, problem.detail());
            }
        }
        return "secretary/orienter";
    }

    /**
     * {@code GET /orienter/communes?q=} (or {@code ?commune=}, the field's own name, as htmx sends it): the
     * {@code <option>}s of the commune field's suggestions.
     */
    @GetMapping(PATH + "/communes")
    String communes(@ModelAttribute("user") CurrentUser user, @RequestParam(required = false) String q,
            @RequestParam(required = false) String commune, Model model) {
        SecretaryOnly.check(user);
        String text = Objects.requireNonNullElse(q != null ? q : commune, "").strip();
        List<VenueClient.Commune> found = List.of();
        if (text.length() >= 2 && CommuneField.code(text).isEmpty()) {
            try {
                found = venues.communes(text, CommuneField.SUGGESTIONS);
            } catch (ApiProblemException | org.springframework.web.client.ResourceAccessException e) {
                // suggestions are a help: without them the field still takes a name or a code
            }
        }
        model.addAttribute("suggestions", found.isEmpty() && text.length() < 2 ? herCommunes(user) : found);
        return "secretary/orienter :: suggestions";
    }

    private List<VenueClient.Commune> herCommunes(CurrentUser user) {
        return user.caller().communes().stream()
                .map(code -> venues.commune(code).orElse(new VenueClient.Commune(code, code, List.of(), null, null)))
                .toList();
    }

    private static ResultView view(int number, VenueClient.Result result, String need, String commune,
            List<String> constraints) {
        VenueClient.Venue venue = result.venue();
        String nextStop = null;
        if (result.nextMobileStop() != null) {
            VenueClient.NextStop stop = result.nextMobileStop();
            nextStop = "Prochain passage dans la commune : " + FrenchText.moment(stop.at())
                    + FrenchText.until(stop.to())
                    + (stop.place() == null || stop.place().isBlank() ? "" : ", " + stop.place());
        }
        UriComponentsBuilder send = UriComponentsBuilder.fromPath(SendController.NEW)
                .queryParam("venue", venue.id()).queryParam("need", need).queryParam("commune", commune);
        constraints.forEach(c -> send.queryParam("constraints", c));
        return new ResultView(number, venue.id(), venue.nom(), venue.fullAddress(),
                FrenchText.distance(result.distanceKm()), result.reasons(),
                FrenchText.isNow(result.nextOpening(), java.time.Instant.now()), FrenchText.moment(result.nextOpening()),
                nextStop, venue.intakePaused(), venue.mobile(), venue.fraisACharge().contains("Gratuit"),
                send.encode().build().toUriString());
    }

    private static ResultsMap map(VenueClient.Commune at, List<VenueClient.Result> found) {
        if (at.latitude() == null || at.longitude() == null || found.isEmpty()) {
            return null;
        }
        List<ResultsMap.Place> places = new ArrayList<>();
        for (int i = 0; i < found.size(); i++) {
            VenueClient.Venue venue = found.get(i).venue();
            places.add(new ResultsMap.Place(i + 1, venue.nom(), venue.latitude(), venue.longitude(), venue.mobile()));
        }
        return ResultsMap.of(at.nom(), at.latitude(), at.longitude(), places);
    }

    /** The search's own messages list every allowed value; the form offers them, so a short line says enough. */
    private static String searchMessage(FieldError error) {
        return switch (error.field()) {
            case "need" -> "Choisissez le besoin de la personne.";
            case "constraints" -> "Une des contraintes cochées n'est pas reconnue.";
            default -> error.message();
        };
    }
}
