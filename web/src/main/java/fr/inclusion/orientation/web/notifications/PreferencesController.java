package fr.inclusion.orientation.web.notifications;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.notifications.NotificationsApi.KindPreference;
import fr.inclusion.orientation.web.notifications.NotificationsApi.Preferences;
import fr.inclusion.orientation.web.page.Redirects;

/**
 * {@code /preferences}: how the person wants to hear about each kind of notification that concerns them. A save
 * answers 303 back to the page, which then says it is saved; a refused one shows the page again with each message
 * next to its controls (400, the service's status).
 */
@Controller
@RequestMapping("/preferences")
class PreferencesController {

    private final NotificationsApi api;

    PreferencesController(NotificationsApi api) {
        this.api = api;
    }

    @GetMapping
    String show(@RequestParam(name = "enregistrees", required = false) String saved, Model model) {
        Preferences preferences = api.preferences();
        model.addAttribute("form", PreferencesForm.of(preferences));
        model.addAttribute("customized", preferences.customized());
        model.addAttribute("saved", saved != null);
        return "notifications/preferences";
    }

    @PostMapping
    ModelAndView save(@RequestParam MultiValueMap<String, String> form) {
        PreferencesForm submitted = PreferencesForm.submitted(form, Map.of());
        try {
            api.changePreferences(submitted.update());
            return new ModelAndView(Redirects.seeOther("/preferences?enregistrees"));
        } catch (ApiProblemException problem) {
            if (problem.status() != HttpStatus.BAD_REQUEST.value()) {
                throw problem;
            }
            // the labels of the kinds, to show the form again as it was sent
            Preferences current = api.preferences();
            Map<String, String> labels = new LinkedHashMap<>();
            current.kinds().forEach((KindPreference k) -> labels.put(k.kind(), k.label()));
            ModelAndView page = new ModelAndView("notifications/preferences", HttpStatus.BAD_REQUEST);
            page.addObject("form", PreferencesForm.submitted(form, labels).refusedBy(problem));
            page.addObject("customized", current.customized());
            page.addObject("saved", false);
            return page;
        }
    }
}
