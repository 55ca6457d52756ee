package fr.inclusion.orientation.web.venue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.support.page.Page;
import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.api.PageNumber;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * "Orientations reçues": the venue's referrals by filter ({@code ?filtre=nouvelles|acceptees|cloturees|toutes}),
 * the list alone for the live refresh ({@code /liste}), one referral's page, and its three forms: accept (one
 * button), decline (a coded reason and a message), close (an outcome and a note). A form that succeeds redirects
 * (303) to the referral's page with a confirmation; one the service refuses shows the page again with each message
 * next to its field, the page answering with the service's status.
 */
@Controller
@RequestMapping(ReceivedReferralsController.HOME)
class ReceivedReferralsController {

    static final String HOME = "/orientations-recues";
    static final String DETAIL = HOME + "/{id}";

    /** A filter of the list: the address's word, the API's status (null: every status), the tab's French name. */
    record Filter(String word, String status, String label) {

        /** The tabs, in their order; the first one is the default. */
        static final List<Filter> ALL = List.of(
                new Filter("nouvelles", "sent", "Nouvelles"),
                new Filter("acceptees", "accepted", "Acceptées"),
                new Filter("cloturees", "closed", "Clôturées"),
                new Filter("toutes", null, "Toutes"));

        static Filter of(String word) {
            return ALL.stream().filter(f -> f.word.equals(word)).findFirst().orElse(ALL.getFirst());
        }
    }

    /** Confirmation codes of the redirect after a form, and what the page then says. */
    static final Map<String, String> CONFIRMATIONS = Map.of(
            "acceptee", "Orientation acceptée. Prenez contact avec l'habitant pour convenir d'un rendez-vous.",
            "refusee", "Orientation refusée. La mairie en est informée et pourra orienter l'habitant vers un autre "
                    + "lieu.",
            "cloturee", "Orientation clôturée. Merci d'avoir accompagné cet habitant.");

    /** The decline form's fields in their order, each with the element that takes the focus. */
    static final Map<String, String> DECLINE_FIELDS = anchors("reason", "refus-motif-"
            + VenueLabels.DECLINE_REASONS.keySet().iterator().next(), "message", "refus-message");
    static final Map<String, String> CLOSE_FIELDS = anchors("outcome", "cloture-issue-"
            + VenueLabels.OUTCOMES.keySet().iterator().next(), "note", "cloture-note");

    /**
     * The form of a move: the prefix of its model attributes ({@code refusReason}, {@code refusErrors}…), its
     * fields, and what to say when its first field, the choice, is missing.
     */
    private record MoveForm(String prefix, Map<String, String> fields, String choiceMissing) {
    }

    private static final MoveForm DECLINE = new MoveForm("refus", DECLINE_FIELDS, "Choisissez le motif du refus.");
    private static final MoveForm CLOSE = new MoveForm("cloture", CLOSE_FIELDS,
            "Choisissez l'issue de l'accompagnement.");

    private final ReceivedReferrals referrals;
    private final CommuneNames communes;

    ReceivedReferralsController(ReceivedReferrals referrals, CommuneNames communes) {
        this.referrals = referrals;
        this.communes = communes;
    }

    @GetMapping
    String list(@ModelAttribute("user") CurrentUser user, @RequestParam(defaultValue = "nouvelles") String filtre,
            @RequestParam(defaultValue = "0") String page, Model model) {
        fillList(user, filtre, page, model);
        return "venue/received";
    }

    /** The list alone, swapped in by htmx when a notification arrives. */
    @GetMapping("/liste")
    String listOnly(@ModelAttribute("user") CurrentUser user,
            @RequestParam(defaultValue = "nouvelles") String filtre, @RequestParam(defaultValue = "0") String page,
            Model model) {
        fillList(user, filtre, page, model);
        model.addAttribute("refreshed", true);
        return "venue/received :: list";
    }

    @GetMapping("/{id}")
    ModelAndView detail(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String confirmation, Model model) {
        VenuePages.venueOf(user);
        Optional.ofNullable(confirmation).map(CONFIRMATIONS::get).ifPresent(text -> model.addAttribute("notice", text));
        return detailPage(id, model, HttpStatus.OK);
    }

    @PostMapping("/{id}/accepter")
    ModelAndView accept(@ModelAttribute("user") CurrentUser user, @PathVariable String id, Model model) {
        VenuePages.venueOf(user);
        try {
            referrals.accept(id);
        } catch (ApiProblemException problem) {
            return refused(id, problem, model, null);
        }
        return VenuePages.seeOther(DETAIL, "acceptee", id);
    }

    @PostMapping("/{id}/refuser")
    ModelAndView decline(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String reason, @RequestParam(required = false) String message,
            Model model) {
        VenuePages.venueOf(user);
        return answer(id, () -> referrals.decline(id, reason, message), "refusee", DECLINE, model, reason, message);
    }

    @PostMapping("/{id}/cloturer")
    ModelAndView close(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
            Model model) {
        VenuePages.venueOf(user);
        return answer(id, () -> referrals.close(id, outcome, note), "cloturee", CLOSE, model, outcome, note);
    }

    /**
     * Makes a move that has a form, then shows the referral with {@code confirmation}; when the service says no,
     * the form comes back as typed ({@code typed}: the values of its fields, in their order) with its errors.
     */
    private ModelAndView answer(String id, Runnable move, String confirmation, MoveForm form, Model model,
            String... typed) {
        try {
            move.run();
        } catch (ApiProblemException problem) {
            List<String> fields = List.copyOf(form.fields().keySet());
            for (int i = 0; i < typed.length; i++) {
                model.addAttribute(form.prefix() + StringUtils.capitalize(fields.get(i)), typed[i]);
            }
            return refused(id, problem, model, () -> model.addAttribute(form.prefix() + "Errors", FormErrors.of(
                    form.prefix(), problem, form.fields(), Map.of(fields.getFirst(), form.choiceMissing()))));
        }
        return VenuePages.seeOther(DETAIL, confirmation, id);
    }

    /**
     * The service said no to a move: a validation problem goes next to the form's fields; a move the referral can
     * no longer make (409: already declined, expired, cancelled…) is said above the page as it now stands; anything
     * else (403, 404, 5xx) is the shared problem page.
     */
    private ModelAndView refused(String id, ApiProblemException problem, Model model, Runnable showFieldErrors) {
        if ((problem.status() == 400 || problem.status() == 422) && showFieldErrors != null) {
            showFieldErrors.run();
            return detailPage(id, model, HttpStatus.valueOf(problem.status()));
        }
        if (problem.status() == 409 || problem.status() == 400 || problem.status() == 422) {
            model.addAttribute("warning", problem.detail() == null || problem.detail().isBlank() ? problem.title()
                    : problem.detail());
            return detailPage(id, model, HttpStatus.valueOf(problem.status()));
        }
        throw problem;
    }

    private ModelAndView detailPage(String id, Model model, HttpStatus status) {
        ReceivedReferral referral = referrals.get(id);
        model.addAttribute("referral", referral);
        model.addAttribute("communeName", communes.of(referral.commune()));
        if (!model.containsAttribute("refusErrors")) {
            model.addAttribute("refusErrors", FormErrors.of("refus", Map.of(), DECLINE_FIELDS));
        }
        if (!model.containsAttribute("clotureErrors")) {
            model.addAttribute("clotureErrors", FormErrors.of("cloture", Map.of(), CLOSE_FIELDS));
        }
        return VenuePages.page("venue/referral", status);
    }

    private void fillList(CurrentUser user, String word, String rawPage, Model model) {
        String venueId = VenuePages.venueOf(user);
        Filter filter = Filter.of(word);
        int page = PageNumber.of(rawPage);
        Page<ReceivedReferral> found = referrals.list(venueId, filter.status, page);
        model.addAttribute("filters", Filter.ALL);
        model.addAttribute("filter", filter);
        model.addAttribute("found", found);
        model.addAttribute("communes", communes.of(found.items().stream().map(ReceivedReferral::commune).toList()));
    }

    private static Map<String, String> anchors(String... fieldsAndIds) {
        Map<String, String> anchors = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndIds.length; i += 2) {
            anchors.put(fieldsAndIds[i], fieldsAndIds[i + 1]);
        }
        return anchors;
    }
}
