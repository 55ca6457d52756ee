package fr.inclusion.orientation.web.coordinator;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
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
import tools.jackson.databind.JsonNode;

/**
 * "Propositions": the corrections of venue records waiting for a coordinator of the territory (venue-service scopes
 * the list to her territory). Each proposed value is shown against the current one; she approves, or rejects with
 * a reason. Forms answer 303 with a French notice, or the page again with the message next to the field.
 */
@Controller
class ProposalsController {

    static final String PAGE = "/propositions";

    static final Map<String, String> CONFIRMATIONS = Map.of(
            "approuvee", "La correction est approuvée : la fiche du lieu est mise à jour.",
            "refusee", "La correction est refusée : son auteur verra le motif.");

    static final Map<String, String> LABELS = labels();

    /** One field changed: its French label, its current value, the proposed one. */
    public record Change(String field, String label, String current, String proposed) {

        public List<String> currentLines() {
            return current.isEmpty() ? List.of() : List.of(current.split("\n"));
        }

        public List<String> proposedLines() {
            return proposed.isEmpty() ? List.of() : List.of(proposed.split("\n"));
        }
    }

    /** A pending proposal as the page shows it. */
    public record Proposal(String id, String venueId, String venueName, String proposedBy, String proposedAt,
            String comment, List<Change> changes) {

        public String reasonId() {
            return "motif-" + id;
        }
    }

    private static final DateTimeFormatter FRENCH = DateTimeFormatter
            .ofPattern("d MMMM yyyy 'à' HH'h'mm", Locale.FRANCE).withZone(ZoneId.of("Europe/Paris"));

    private final RestClient venues;

    ProposalsController(@Qualifier("venueApi") RestClient venues) {
        this.venues = venues;
    }

    @GetMapping(PAGE)
    ModelAndView proposals(@ModelAttribute("user") CurrentUser user,
            @RequestParam(required = false) String confirmation) {
        CoordinatorPages.territoryOf(user);
        ModelAndView page = page(Map.of(), Map.of(), HttpStatus.OK);
        if (confirmation != null && CONFIRMATIONS.containsKey(confirmation)) {
            page.addObject("notice", CONFIRMATIONS.get(confirmation));
        }
        return page;
    }

    @PostMapping(PAGE + "/{id}/approuver")
    ModelAndView approve(@ModelAttribute("user") CurrentUser user, @PathVariable String id) {
        CoordinatorPages.territoryOf(user);
        try {
            venues.post().uri("/api/venue-proposals/{id}/approve", id).retrieve().toBodilessEntity();
        } catch (ApiProblemException problem) {
            return refused(id, problem, Map.of());
        }
        return CoordinatorPages.seeOther(PAGE, "approuvee");
    }

    @PostMapping(PAGE + "/{id}/refuser")
    ModelAndView reject(@ModelAttribute("user") CurrentUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String reason) {
        CoordinatorPages.territoryOf(user);
        String text = reason.strip();
        if (text.isEmpty()) {
            return page(Map.of(id, "Le motif est obligatoire : dites à l'auteur pourquoi la correction est refusée."),
                    Map.of(id, reason), HttpStatus.BAD_REQUEST);
        }
        try {
            venues.post().uri("/api/venue-proposals/{id}/reject", id).contentType(MediaType.APPLICATION_JSON)
                    .body(Map.of("reason", text)).retrieve().toBodilessEntity();
        } catch (ApiProblemException problem) {
            return refused(id, problem, Map.of(id, reason));
        }
        return CoordinatorPages.seeOther(PAGE, "refusee");
    }

    private ModelAndView refused(String id, ApiProblemException problem, Map<String, String> typed) {
        if (problem.status() != 400 && problem.status() != 409) {
            throw problem;
        }
        String message = problem.byField().getOrDefault("reason", problem.detail().isBlank() ? problem.title()
                : problem.detail());
        if (problem.byField().containsKey("reason")) {
            message = "Motif : " + message;
        }
        return page(Map.of(id, message), typed,
                problem.status() == 409 ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST);
    }

    private ModelAndView page(Map<String, String> errors, Map<String, String> typed, HttpStatus status) {
        JsonNode found = venues.get().uri(uri -> uri.path("/api/venue-proposals").queryParam("status", "pending")
                .queryParam("size", 100).build()).retrieve().body(JsonNode.class);
        Map<String, JsonNode> records = new HashMap<>();
        List<Proposal> proposals = new ArrayList<>();
        for (JsonNode p : found.path("items")) {
            String venueId = p.path("venueId").asString("");
            JsonNode venue = records.computeIfAbsent(venueId, this::venue);
            List<Change> changes = new ArrayList<>();
            p.path("changes").properties().forEach(e -> changes.add(new Change(e.getKey(),
                    LABELS.getOrDefault(e.getKey(), e.getKey()), shown(venue.path(e.getKey())), shown(e.getValue()))));
            String name = venue.path("nom").asString("");
            String author = p.path("proposedByUsername").asString("");
            proposals.add(new Proposal(p.path("id").asString(""), venueId, name.isBlank() ? venueId : name,
                    author.isBlank() ? p.path("proposedBy").asString("") : author,
                    date(p.path("proposedAt").asString("")), p.path("comment").asString(""), changes));
        }
        ModelAndView page = new ModelAndView("coordinator/proposals");
        page.setStatus(status);
        page.addObject("proposals", proposals);
        page.addObject("total", found.path("total").asLong(proposals.size()));
        page.addObject("errors", errors);
        page.addObject("typed", typed);
        return page;
    }

    private JsonNode venue(String id) {
        try {
            return venues.get().uri("/api/venues/{id}", id).retrieve().body(JsonNode.class);
        } catch (ApiProblemException gone) {
            return tools.jackson.databind.node.MissingNode.getInstance();
        }
    }

    static String shown(JsonNode value) {
        if (value == null || value.isMissingNode() || value.isNull()) {
            return "";
        }
        if (value.isArray()) {
            List<String> lines = new ArrayList<>();
            value.forEach(v -> lines.add(shown(v)));
            return String.join("\n", lines);
        }
        if (value.isObject()) {
            return value.toString();
        }
        return value.asString();
    }

    private static String date(String iso) {
        try {
            return FRENCH.format(Instant.parse(iso));
        } catch (RuntimeException e) {
            return iso;
        }
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("nom", "Nom du lieu");
        labels.put("adresse", "Adresse");
        labels.put("complement_adresse", "Complément d'adresse");
        labels.put("code_postal", "Code postal");
        labels.put("commune", "Commune");
        labels.put("telephone", "Téléphones");
        labels.put("courriels", "Adresses e-mail");
        labels.put("site_web", "Sites web");
        labels.put("horaires", "Horaires d'ouverture");
        labels.put("presentation_resume", "Présentation courte");
        labels.put("presentation_detail", "Présentation détaillée");
        labels.put("prise_rdv", "Prise de rendez-vous en ligne");
        labels.put("services", "Services");
        return Map.copyOf(labels);
    }
}
