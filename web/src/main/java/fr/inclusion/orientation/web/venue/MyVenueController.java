package fr.inclusion.orientation.web.venue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.user.CurrentUser;

/**
 * "Mon lieu": the staff's venue. Pause or resume its intake of referrals (one button), say its weekly capacity and
 * its answer delay, and propose corrections of its public record: only the fields changed are sent, and a
 * coordinator of the territory decides. Same form rules as the referral's page: 303 with a confirmation, or the page
 * again with each message next to its field.
 */
@Controller
@RequestMapping(MyVenueController.PAGE)
class MyVenueController {

    static final String PAGE = "/mon-lieu";

    static final Map<String, String> CONFIRMATIONS = Map.of(
            "accueil-suspendu", "L'accueil des orientations est suspendu : les mairies ne peuvent plus vous en "
                    + "envoyer de nouvelles. Les orientations déjà reçues restent à traiter.",
            "accueil-repris", "L'accueil des orientations a repris : les mairies peuvent de nouveau vous orienter "
                    + "des habitants.",
            "disponibilite", "Vos disponibilités sont enregistrées.",
            "correction", "Votre proposition de correction est envoyée. Un coordinateur du territoire la vérifiera "
                    + "avant sa publication.");

    /** One field of the correction form: its name in the national standard, its French label and hint. */
    public record CorrectionField(String name, String label, String hint, boolean multiline, boolean list) {

        public String id() {
            return "correction-" + name.replace('_', '-');
        }

        /** The ids of its hint and of its error message, for {@code aria-describedby}; null when it has neither. */
        public String describedBy(boolean inError) {
            String ids = ((hint == null ? "" : id() + "-aide") + (inError ? " " + id() + "-erreur" : "")).strip();
            return ids.isEmpty() ? null : ids;
        }
    }

    static final List<CorrectionField> CORRECTION_FIELDS = List.of(
            new CorrectionField("nom", "Nom du lieu", null, false, false),
            new CorrectionField("adresse", "Adresse", "Numéro et nom de la voie.", false, false),
            new CorrectionField("complement_adresse", "Complément d'adresse", "Facultatif. Bâtiment, étage…",
                    false, false),
            new CorrectionField("code_postal", "Code postal", "5 chiffres.", false, false),
            new CorrectionField("commune", "Commune", null, false, false),
            new CorrectionField("telephone", "Téléphones", "Un numéro par ligne, par exemple 03 29 00 00 00.",
                    true, true),
            new CorrectionField("courriels", "Adresses e-mail", "Une adresse par ligne.", true, true),
            new CorrectionField("site_web", "Sites web", "Une adresse par ligne, commençant par https://.",
                    true, true),
            new CorrectionField("horaires", "Horaires d'ouverture", "Au format OpenStreetMap, par exemple : "
                    + "Mo-Fr 09:00-12:00,13:30-17:00; Sa 09:00-12:00 (Mo lundi, Tu mardi, We mercredi, Th jeudi, "
                    + "Fr vendredi, Sa samedi, Su dimanche).", false, false),
            new CorrectionField("presentation_resume", "Présentation courte", "280 caractères au plus.", true,
                    false),
            new CorrectionField("prise_rdv", "Prise de rendez-vous en ligne",
                    "Facultatif. L'adresse de la page de rendez-vous, commençant par https://.", false, false));

    static final Map<String, String> CORRECTION_ANCHORS = correctionAnchors();
    static final Map<String, String> AVAILABILITY_ANCHORS = ordered(
            "weeklyCapacity", "disponibilite-capacite", "answerDelayDays", "disponibilite-delai");

    private final VenueSettings venues;

    MyVenueController(VenueSettings venues) {
        this.venues = venues;
    }

    @GetMapping
    ModelAndView page(@ModelAttribute("user") CurrentUser user,
            @RequestParam(required = false) String confirmation, Model model) {
        String venueId = VenuePages.venueOf(user);
        Optional.ofNullable(confirmation).map(CONFIRMATIONS::get).ifPresent(text -> model.addAttribute("notice", text));
        return page(venueId, model, HttpStatus.OK);
    }

    /** Pause ({@code pause=true}) or resume intake; the capacity and the delay stay as they are. */
    @PostMapping("/accueil")
    ModelAndView intake(@ModelAttribute("user") CurrentUser user, @RequestParam(defaultValue = "") String pause,
            Model model) {
        String venueId = VenuePages.venueOf(user);
        boolean paused = Boolean.parseBoolean(pause.strip());
        MyVenue venue = venues.venue(venueId);
        try {
            venues.changeAvailability(venueId, paused, venue.weeklyCapacity(), venue.answerDelayDays());
        } catch (ApiProblemException problem) {
            return refused(venueId, problem, model, "accueilErrors", "accueil", Map.of());
        }
        return VenuePages.seeOther(PAGE, paused ? "accueil-suspendu" : "accueil-repris");
    }

    @PostMapping("/disponibilite")
    ModelAndView availability(@ModelAttribute("user") CurrentUser user,
            @RequestParam(defaultValue = "") String weeklyCapacity,
            @RequestParam(defaultValue = "") String answerDelayDays, Model model) {
        String venueId = VenuePages.venueOf(user);
        model.addAttribute("capaciteSaisie", weeklyCapacity);
        model.addAttribute("delaiSaisi", answerDelayDays);
        Map<String, String> errors = new LinkedHashMap<>();
        Integer capacity = whole(weeklyCapacity, "weeklyCapacity", errors);
        Integer delay = whole(answerDelayDays, "answerDelayDays", errors);
        if (!errors.isEmpty()) {
            model.addAttribute("disponibiliteErrors", FormErrors.of("disponibilite", errors, AVAILABILITY_ANCHORS));
            return page(venueId, model, HttpStatus.BAD_REQUEST);
        }
        MyVenue venue = venues.venue(venueId);
        try {
            venues.changeAvailability(venueId, venue.intakePaused(), capacity, delay);
        } catch (ApiProblemException problem) {
            return refused(venueId, problem, model, "disponibiliteErrors", "disponibilite", AVAILABILITY_ANCHORS);
        }
        return VenuePages.seeOther(PAGE, "disponibilite");
    }

    @PostMapping("/correction")
    ModelAndView correction(@ModelAttribute("user") CurrentUser user, @RequestParam Map<String, String> form,
            Model model) {
        String venueId = VenuePages.venueOf(user);
        MyVenue venue = venues.venue(venueId);
        Map<String, Object> changes = changes(venue, form);
        String comment = ReceivedReferrals.blankToNull(form.get("comment"));
        model.addAttribute("correctionSaisie", form);
        if (changes.isEmpty()) {
            model.addAttribute("correctionErrors", FormErrors.of("correction", Map.of("", "Aucune correction : "
                    + "modifiez au moins un champ de la fiche avant d'envoyer la proposition."), CORRECTION_ANCHORS));
            return page(venueId, venue, model, HttpStatus.BAD_REQUEST);
        }
        try {
            venues.propose(venueId, changes, comment);
        } catch (ApiProblemException problem) {
            return refused(venueId, problem, model, "correctionErrors", "correction", CORRECTION_ANCHORS);
        }
        return VenuePages.seeOther(PAGE, "correction");
    }

    /** The fields whose value differs from the record's, by the standard's names (lists as lists). */
    static Map<String, Object> changes(MyVenue venue, Map<String, String> form) {
        Map<String, Object> changes = new LinkedHashMap<>();
        for (CorrectionField field : CORRECTION_FIELDS) {
            String typed = form.get(field.name());
            if (typed == null) {
                continue;
            }
            if (field.list()) {
                List<String> values = lines(typed, field.name().equals("telephone"));
                if (!values.equals(lines(venue.field(field.name()), false))) {
                    changes.put(field.name(), values);
                }
            } else {
                String value = ReceivedReferrals.blankToNull(typed);
                if (!Objects.equals(value, ReceivedReferrals.blankToNull(venue.field(field.name())))) {
                    changes.put(field.name(), value);
                }
            }
        }
        return changes;
    }

    /** One value a line; a French phone number as people write it becomes the standard's +33 form. */
    static List<String> lines(String text, boolean phones) {
        if (text == null) {
            return List.of();
        }
        List<String> values = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String value = line.strip();
            if (phones) {
                value = phone(value);
            }
            if (!value.isEmpty()) {
                values.add(value);
            }
        }
        return values;
    }

    static String phone(String typed) {
        String compact = typed.replaceAll("[\\s.\\-()]", "");
        if (compact.matches("0[1-9]\\d{8}")) {
            return "+33" + compact.substring(1);
        }
        return compact.isEmpty() ? "" : compact;
    }

    private ModelAndView refused(String venueId, ApiProblemException problem, Model model, String attribute, String form,
            Map<String, String> anchors) {
        if (problem.status() == 400 || problem.status() == 409 || problem.status() == 422) {
            model.addAttribute(attribute, FormErrors.of(form, problem, anchors, Map.of()));
            return page(venueId, model, HttpStatus.valueOf(problem.status()));
        }
        throw problem;
    }

    private ModelAndView page(String venueId, Model model, HttpStatus status) {
        return page(venueId, venues.venue(venueId), model, status);
    }

    private ModelAndView page(String venueId, MyVenue venue, Model model, HttpStatus status) {
        model.addAttribute("venue", venue);
        model.addAttribute("correctionFields", CORRECTION_FIELDS);
        for (String form : List.of("accueil", "disponibilite", "correction")) {
            if (!model.containsAttribute(form + "Errors")) {
                model.addAttribute(form + "Errors", FormErrors.of(form, Map.of(),
                        form.equals("correction") ? CORRECTION_ANCHORS : form.equals("disponibilite")
                                ? AVAILABILITY_ANCHORS : Map.of()));
            }
        }
        if (!model.containsAttribute("correctionSaisie")) {
            Map<String, String> values = new LinkedHashMap<>();
            CORRECTION_FIELDS.forEach(field -> values.put(field.name(), Objects.toString(venue.field(field.name()),
                    "")));
            model.addAttribute("correctionSaisie", values);
        }
        if (!model.containsAttribute("capaciteSaisie")) {
            model.addAttribute("capaciteSaisie", Objects.toString(venue.weeklyCapacity(), ""));
            model.addAttribute("delaiSaisi", Objects.toString(venue.answerDelayDays(), ""));
        }
        return VenuePages.page("venue/my-venue", status);
    }

    private static Integer whole(String typed, String field, Map<String, String> errors) {
        String value = typed.strip();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            errors.put(field, "Saisissez un nombre entier, par exemple 10, ou laissez le champ vide.");
            return null;
        }
    }

    private static Map<String, String> correctionAnchors() {
        Map<String, String> anchors = new LinkedHashMap<>();
        CORRECTION_FIELDS.forEach(field -> anchors.put(field.name(), field.id()));
        anchors.put("comment", "correction-commentaire");
        return anchors;
    }

    private static Map<String, String> ordered(String... fieldsAndIds) {
        Map<String, String> ordered = new LinkedHashMap<>();
        for (int i = 0; i < fieldsAndIds.length; i += 2) {
            ordered.put(fieldsAndIds[i], fieldsAndIds[i + 1]);
        }
        return ordered;
    }
}
