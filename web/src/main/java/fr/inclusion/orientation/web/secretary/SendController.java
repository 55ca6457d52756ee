package fr.inclusion.orientation.web.secretary;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.page.Redirects;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * "Envoyer l'orientation": {@code GET /orientations/nouvelle?venue=&need=&commune=&constraints=} shows the form,
 * with a fresh idempotency key in a hidden field; {@code POST /orientations} sends it to referral-service with that
 * key as {@code Idempotency-Key}, so a second click or a reload of the POST finds the same referral instead of
 * creating another. Success: 303 to the resident's slip. Refusal: the form again, each message next to its field.
 */
@Controller
class SendController {

    static final String NEW = "/orientations/nouvelle";

    /** referral-service's field names → the form's inputs. */
    private static final Map<String, String> FORM_FIELDS = Map.ofEntries(
            Map.entry("resident.firstName", "firstName"),
            Map.entry("resident.contact", "contactChannel"),
            Map.entry("resident.contact.channel", "contactChannel"),
            Map.entry("resident.contact.value", "contactValue"),
            Map.entry("resident.commune", "commune"),
            Map.entry("resident", "firstName"),
            Map.entry("consent", "consent"),
            Map.entry("consent.given", "consent"),
            Map.entry("consent.wordingVersion", "consent"),
            Map.entry("note", "note"),
            Map.entry("deadline", "deadline"));

    /** Where the API's words name its own codes, the words of the form instead. */
    private static final Map<String, String> PLAIN_MESSAGES = Map.of(
            "contactChannel", "Choisissez comment le lieu pourra joindre la personne.",
            "consent", "Lisez le texte à la personne et cochez la case si elle est d'accord.");

    private final VenueClient venues;
    private final ReferralClient referrals;

    SendController(VenueClient venues, ReferralClient referrals) {
        this.venues = venues;
        this.referrals = referrals;
    }

    @GetMapping(NEW)
    String form(@ModelAttribute("user") CurrentUser user, @RequestParam(required = false) String venue,
            @RequestParam(required = false) String need, @RequestParam(required = false) String commune,
            @RequestParam(required = false) List<String> constraints, Model model) {
        SecretaryOnly.check(user);
        if (venue == null || venue.isBlank()) {
            throw notFound();
        }
        String residentCommune = user.caller().communes().contains(commune) ? commune : user.firstCommune();
        SendForm form = SendForm.blank(venue, need, residentCommune, constraints, UUID.randomUUID().toString());
        return page(user, form, new FormErrors(SendForm.FIELDS), model);
    }

    @PostMapping("/orientations")
    Object send(@ModelAttribute("user") CurrentUser user, @ModelAttribute("form") SendForm posted, Model model,
            HttpServletResponse response) {
        SecretaryOnly.check(user);
        SendForm form = posted.idempotencyKey() == null || posted.idempotencyKey().isBlank()
                ? withKey(posted, UUID.randomUUID().toString()) : posted;
        FormErrors errors = new FormErrors(SendForm.FIELDS);
        if (!ConsentWording.VERSION.equals(form.consentVersion())) {
            errors.add("consent", "Le texte de consentement a changé depuis l'ouverture de ce formulaire : relisez-le "
                    + "à la personne et cochez de nouveau la case.");
        }
        if (!form.deadlineReadable()) {
            errors.add("deadline", "Indiquez une date au format jj/mm/aaaa, ou laissez le champ vide.");
        }
        if (errors.any()) {
            response.setStatus(400);
            return page(user, withConsentVersion(form), errors, model);
        }
        try {
            ReferralClient.Referral sent = referrals.send(form.idempotencyKey(), form.toReferral());
            return Redirects.seeOther(MyReferralsController.slipPath(sent.id()) + "?envoyee");
        } catch (ApiProblemException problem) {
            if (problem.status() >= 500 || problem.status() == 401 || problem.status() == 404) {
                throw problem;
            }
            response.setStatus(problem.status());
            if (problem.status() == 422 && problem.title().contains("idempotence")) {
                // the form was already used for another referral (Back, then changes): say it in her words
                errors.add(null, "Ce formulaire a déjà servi à envoyer une orientation, visible dans « Mes "
                        + "orientations ». Pour orienter une autre personne, choisissez de nouveau un lieu.");
            } else if (problem.errors().isEmpty()) {
                errors.add(null, problem.title() + (problem.detail().isBlank() ? "" : " : " + problem.detail()));
            }
            problem.errors().forEach(error -> {
                String field = FORM_FIELDS.get(error.field());
                errors.add(field, field == null ? error.message()
                        : PLAIN_MESSAGES.getOrDefault(field, error.message()));
            });
            return page(user, form, errors, model);
        }
    }

    private String page(CurrentUser user, SendForm form, FormErrors errors, Model model) {
        VenueClient.Venue venue = venues.venue(form.venue()).orElseThrow(SendController::notFound);
        List<VenueClient.Commune> hers = user.caller().communes().stream()
                .map(code -> venues.commune(code).orElse(new VenueClient.Commune(code, code, List.of(), null, null)))
                .toList();
        UriComponentsBuilder back = UriComponentsBuilder.fromPath(OrientController.PATH)
                .queryParam("need", form.need()).queryParam("commune", form.commune());
        form.constraints().forEach(c -> back.queryParam("constraints", c));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("venue", venue);
        model.addAttribute("needLabel", Needs.label(form.need()));
        model.addAttribute("constraintLabels", form.constraints().stream().map(Constraint::label).toList());
        model.addAttribute("communes", hers);
        model.addAttribute("channels", Labels.CHANNELS);
        model.addAttribute("consentText", ConsentWording.TEXT);
        model.addAttribute("backUrl", back.encode().build().toUriString());
        return "secretary/nouvelle";
    }

    private static SendForm withKey(SendForm f, String key) {
        return new SendForm(f.venue(), f.need(), f.commune(), f.constraints(), key, f.firstName(), f.contactChannel(),
                f.contactValue(), f.consent(), f.consentVersion(), f.note(), f.deadline());
    }

    /** A form shown again offers the current text: the box must be ticked anew for it. */
    private static SendForm withConsentVersion(SendForm f) {
        boolean same = ConsentWording.VERSION.equals(f.consentVersion());
        return new SendForm(f.venue(), f.need(), f.commune(), f.constraints(), f.idempotencyKey(), f.firstName(),
                f.contactChannel(), f.contactValue(), same ? f.consent() : null, ConsentWording.VERSION, f.note(),
                f.deadline());
    }

    private static ApiProblemException notFound() {
        return new ApiProblemException(404, "Lieu introuvable", "", List.of());
    }
}
