package fr.inclusion.orientation.web.secretary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriUtils;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.api.PageNumber;
import fr.inclusion.orientation.web.page.Redirects;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * "Mes orientations": {@code GET /orientations} lists her referrals with their status, filtered by status, and
 * refreshes itself when a notification arrives (htmx SSE on the notification stream, the list from
 * {@code /orientations/liste}); {@code GET /orientations/{id}} is one referral with its history, where she cancels
 * it or, once declined or expired, re-routes it to another place the search proposes. That address is the link
 * of every e-mail and SMS: venue staff who follow it land on their own page of the referral;
 * {@code GET /orientations/{id}/fiche} is the slip she prints for the resident.
 */
@Controller
class MyReferralsController {

    static final String LIST = "/orientations";
    static final int PAGE_SIZE = 20;
    /** Alternatives proposed for a re-routing. */
    static final int ALTERNATIVES = 5;
    private static final String VENUE_STAFF_PAGE = "/orientations-recues";

    private final ReferralClient referrals;
    private final VenueClient venues;

    MyReferralsController(ReferralClient referrals, VenueClient venues) {
        this.referrals = referrals;
        this.venues = venues;
    }

    /** One row of the list. */
    public record Row(String id, String firstName, String needLabel, String venueName, String status,
            String statusLabel, String sentOn) {
    }

    /** One entry of the history. */
    public record Step(String at, String when, String text) {
    }

    /** A place to re-route to. */
    public record Alternative(String venueId, String name, String address, String distance, List<String> reasons) {
    }

    /** The referral as its page shows it. */
    public record Detail(String id, String status, String statusLabel, String firstName, String contact,
            String commune, String needLabel, List<String> constraints, String deadline, String note,
            String venueName, String venueAddress, String sentOn, String consentVersion, String declined,
            String declineMessage, String outcome, String closingNote, String cancelReason, String reroutedFrom,
            String reroutedTo, boolean cancellable, boolean reroutable, List<Step> history) {
    }

    @GetMapping(LIST)
    Object list(@ModelAttribute("user") CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model) {
        if (user != null && user.isVenueStaff() && !user.isSecretary()) {
            return Redirects.found(VENUE_STAFF_PAGE);
        }
        SecretaryOnly.check(user);
        fillList(status, page, model);
        model.addAttribute("live", false);
        return "secretary/orientations";
    }

    /** The list alone, for the live refresh. */
    @GetMapping(LIST + "/liste")
    String listPart(@ModelAttribute("user") CurrentUser user, @RequestParam(required = false) String status,
            @RequestParam(required = false) String page, Model model) {
        SecretaryOnly.check(user);
        fillList(status, page, model);
        model.addAttribute("live", true);
        return "secretary/orientations :: liste";
    }

    @GetMapping(LIST + "/{id}")
    Object detail(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String annulee, @RequestParam(required = false) String reorientee,
            Model model) {
        // venue staff never get here: venue.EmailLinkForVenueStaff sends them to their own page of the referral
        SecretaryOnly.check(user);
        model.addAttribute("cancelled", annulee != null);
        model.addAttribute("rerouted", reorientee != null);
        return detailPage(user, referrals.get(id), new FormErrors("reason", "venueId"), model);
    }

    @PostMapping(LIST + "/{id}/annuler")
    Object cancel(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String reason, Model model, HttpServletResponse response) {
        SecretaryOnly.check(user);
        try {
            referrals.cancel(id, reason == null || reason.isBlank() ? null : reason.strip());
            return Redirects.seeOther(LIST + "/" + id + "?annulee");
        } catch (ApiProblemException problem) {
            return refused(user, id, problem, model, response);
        }
    }

    @PostMapping(LIST + "/{id}/reorienter")
    Object reroute(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String venueId, Model model, HttpServletResponse response) {
        SecretaryOnly.check(user);
        try {
            ReferralClient.Referral replacement = referrals.reroute(id, Objects.requireNonNullElse(venueId, ""));
            return Redirects.seeOther(LIST + "/" + replacement.id() + "?reorientee");
        } catch (ApiProblemException problem) {
            return refused(user, id, problem, model, response);
        }
    }

    /** A refused cancel or re-route: the referral's page again, saying why, with the service's status. */
    private String refused(CurrentUser user, String id, ApiProblemException problem, Model model,
            HttpServletResponse response) {
        if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 404) {
            throw problem;
        }
        FormErrors errors = new FormErrors("reason", "venueId");
        if (problem.errors().isEmpty()) {
            errors.add(null, problem.title() + (problem.detail().isBlank() ? "" : " : " + problem.detail()));
        }
        problem.errors().forEach(error -> errors.add(error.field(), error.message()));
        response.setStatus(problem.status());
        model.addAttribute("cancelled", false);
        model.addAttribute("rerouted", false);
        return detailPage(user, referrals.get(id), errors, model);
    }

    private String detailPage(CurrentUser user, ReferralClient.Referral referral, FormErrors errors, Model model) {
        Map<String, VenueClient.Venue> known = new HashMap<>();
        VenueClient.Venue venue = venue(referral.venueId(), known);
        String commune = venues.commune(referral.commune()).map(VenueClient.Commune::nom).orElse(referral.commune());
        model.addAttribute("referral", detail(user, referral, venue, commune));
        model.addAttribute("errors", errors);
        model.addAttribute("alternatives", referral.reroutable() ? alternatives(referral) : List.of());
        return "secretary/orientation";
    }

    private void fillList(String status, String page, Model model) {
        String filter = status == null || status.isBlank() || !Labels.STATUSES.containsKey(status) ? null : status;
        Page<ReferralClient.Referral> found = referrals.list(filter, PageNumber.of(page), PAGE_SIZE);
        Map<String, VenueClient.Venue> known = new HashMap<>();
        List<Row> rows = found.items().stream().map(r -> new Row(r.id(), r.firstName(), Needs.label(r.need()),
                venueName(venue(r.venueId(), known)), r.status(), Labels.status(r.status()),
                FrenchText.shortDate(r.createdAt()))).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("statuses", Labels.STATUSES);
        model.addAttribute("status", filter);
        model.addAttribute("page", found.page());
        model.addAttribute("total", found.total());
        model.addAttribute("hasPrevious", found.page() > 0);
        model.addAttribute("hasNext", (long) (found.page() + 1) * found.size() < found.total());
        model.addAttribute("updatedAt", FrenchText.time(java.time.LocalTime.now(FrenchText.PARIS)
                .withSecond(0).withNano(0)));
    }

    private List<Alternative> alternatives(ReferralClient.Referral referral) {
        List<Alternative> found = new ArrayList<>();
        try {
            for (VenueClient.Result result : venues.search(referral.need(), referral.commune(),
                    Constraint.known(referral.constraints()), VenueClient.RESULTS)) {
                VenueClient.Venue venue = result.venue();
                if (venue.id().equals(referral.venueId()) || venue.intakePaused() || found.size() >= ALTERNATIVES) {
                    continue;
                }
                found.add(new Alternative(venue.id(), venue.nom(), venue.fullAddress(),
                        FrenchText.distance(result.distanceKm()), result.reasons()));
            }
        } catch (ApiProblemException | org.springframework.web.client.ResourceAccessException e) {
            // the page still shows the referral; the secretary may search again from "Orienter un habitant"
        }
        return found;
    }

    private VenueClient.Venue venue(String id, Map<String, VenueClient.Venue> known) {
        if (id == null) {
            return null;
        }
        return known.computeIfAbsent(id, key -> venues.venue(key).orElse(null));
    }

    private static String venueName(VenueClient.Venue venue) {
        return venue == null ? "Lieu retiré de l'annuaire" : venue.nom();
    }

    private static Detail detail(CurrentUser user, ReferralClient.Referral r, VenueClient.Venue venue,
            String commune) {
        String contact = null;
        if (r.resident() != null && r.resident().contact() != null) {
            ReferralClient.Contact c = r.resident().contact();
            contact = Labels.channel(c.channel()) + (c.value() == null ? "" : " : " + c.value());
        }
        List<Step> steps = r.history().stream().map(t -> new Step(t.at() == null ? "" : t.at().toString(),
                FrenchText.dateTime(t.at()), step(t, r, user))).toList();
        return new Detail(r.id(), r.status(), Labels.status(r.status()), r.firstName(), contact, commune,
                Needs.label(r.need()), r.constraints().stream().map(Constraint::label).toList(),
                r.deadline() == null ? null : FrenchText.date(r.deadline()), r.note(), venueName(venue),
                venue == null ? null : venue.fullAddress(), FrenchText.dateTime(r.createdAt()),
                r.consent() == null ? null : r.consent().wordingVersion(),
                r.declineReason() == null ? null : Labels.declineReason(r.declineReason()), r.declineMessage(),
                r.outcome() == null ? null : Labels.outcome(r.outcome()), r.closingNote(), r.cancelReason(),
                r.reroutedFrom(), r.reroutedTo(), r.cancellable(), r.reroutable(), steps);
    }

    private static String step(ReferralClient.Transition t, ReferralClient.Referral r, CurrentUser user) {
        String text;
        if ("rerouted".equals(t.reason()) && Objects.equals(t.from(), t.to())) {
            text = "Réorientée vers un autre lieu";
        } else {
            text = switch (Objects.requireNonNullElse(t.to(), "")) {
                case "sent" -> r.reroutedFrom() == null ? "Orientation envoyée" : "Réorientation envoyée";
                case "accepted" -> "Acceptée par le lieu";
                case "declined" -> "Refusée par le lieu"
                        + (t.reason() == null ? "" : " : " + Labels.declineReason(t.reason()));
                case "closed" -> "Clôturée par le lieu" + (t.reason() == null ? "" : " : " + Labels.outcome(t.reason()));
                case "expired" -> "Sans réponse du lieu dans le délai prévu";
                case "cancelled" -> "Annulée";
                default -> Labels.status(t.to());
            };
        }
        boolean byHer = user.caller().id() != null && user.caller().id().equals(t.by());
        return byHer ? text + " (par vous)" : text;
    }

    /** The slip of a referral: what the resident takes away. */
    static String slipPath(String id) {
        return "/orientations/" + id + "/fiche";
    }

    /** The slip as the page shows it. */
    public record Slip(String number, String firstName, String mairie, String needLabel, String venueName,
            String address, String addressDetail, List<String> hours, boolean openNow, String nextOpening,
            String nextStop,
            List<String> stops, List<String> phones, List<String> emails, List<String> access, String toBring,
            String sentOn, String status, boolean ended) {
    }

    /**
     * {@code GET /orientations/{id}/fiche}: the slip the resident takes away, one printed A4 page: where to go,
     * when, what to bring, the referral's number and the mairie that sent it. It names this resident only, by first
     * name.
     */
    @GetMapping("/orientations/{id}/fiche")
    String slip(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String envoyee, Model model) {
        SecretaryOnly.check(user);
        ReferralClient.Referral referral = referrals.get(id);
        Optional<VenueClient.Venue> venue = venues.venue(referral.venueId());
        String mairie = venues.commune(referral.commune()).map(VenueClient.Commune::nom).orElse(referral.commune());
        Optional<VenueClient.Result> ranked = venue.flatMap(v -> rankedFor(referral, v));

        String nextStop = ranked.map(VenueClient.Result::nextMobileStop).map(stop ->
                FrenchText.moment(stop.at()) + FrenchText.until(stop.to())
                        + (stop.place() == null || stop.place().isBlank() ? "" : ", " + stop.place()))
                .orElse(null);
        List<String> stops = venue.map(v -> v.stopsIn(referral.commune()).stream()
                .map(s -> "Le " + FrenchText.weekday(s.weekday()) + " " + FrenchText.hours(s.from(), s.to())
                        + (s.place() == null || s.place().isBlank() ? "" : ", " + s.place()))
                .toList()).orElse(List.of());
        model.addAttribute("slip", new Slip(referral.id(), referral.firstName(), mairie, Needs.label(referral.need()),
                venue.map(VenueClient.Venue::nom).orElse("Lieu retiré de l'annuaire"),
                venue.map(VenueClient.Venue::fullAddress).orElse(null),
                venue.map(VenueClient.Venue::complementAdresse).orElse(null),
                venue.map(v -> FrenchText.openingHours(v.horaires())).orElse(List.of()),
                ranked.map(r -> FrenchText.isNow(r.nextOpening(), java.time.Instant.now())).orElse(false),
                ranked.map(r -> FrenchText.moment(r.nextOpening())).orElse(null), nextStop, stops,
                venue.map(v -> v.telephone().stream().map(MyReferralsController::phone).toList())
                        .orElse(List.of()),
                venue.map(VenueClient.Venue::courriels).orElse(List.of()),
                venue.map(VenueClient.Venue::modalitesAcces).orElse(List.of()),
                Needs.toBring(referral.need()), FrenchText.dateTime(referral.createdAt()),
                Labels.status(referral.status()), !referral.cancellable()));
        model.addAttribute("justSent", envoyee != null);
        model.addAttribute("referralId", referral.id());
        return "secretary/fiche";
    }

    /**
     * The venue's next opening and next stop in the resident's commune, as the search computes them (its rules on
     * opening hours are the service's, not copied here); empty when the search does not list it.
     */
    private Optional<VenueClient.Result> rankedFor(ReferralClient.Referral referral, VenueClient.Venue venue) {
        try {
            return venues.search(referral.need(), referral.commune(), List.of(), VenueClient.WIDE).stream()
                    .filter(result -> venue.id().equals(result.venue().id())).findFirst();
        } catch (ApiProblemException | org.springframework.web.client.ResourceAccessException e) {
            return Optional.empty();
        }
    }

    /** "+33300000001" → "03 00 00 00 01"; other numbers as written. */
    static String phone(String number) {
        if (number != null && number.matches("\\+33\\d{9}")) {
            String national = "0" + number.substring(3);
            return String.join(" ", national.substring(0, 2), national.substring(2, 4), national.substring(4, 6),
                    national.substring(6, 8), national.substring(8, 10));
        }
        return number;
    }
}
