package fr.inclusion.orientation.web.coordinator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

import fr.inclusion.orientation.web.api.ApiProblemException;
import fr.inclusion.orientation.web.secretary.Needs;
import fr.inclusion.orientation.web.venue.CommuneNames;
import tools.jackson.databind.JsonNode;

/**
 * The escalations of the coordinator's territory as her pages show them (referral-service's
 * {@code GET /api/escalations}): the commune by its name, the need in plain words, how late in French. Never an
 * identity: the API has none to give.
 */
@Component
class Alerts {

    /** referral-service's largest page of escalations. */
    static final int WIDE = 100;
    /** How many wide pages a search for one alert reads before saying it is not there (500 alerts). */
    static final int MAX_PAGES = 5;

    /** One escalated referral as the pages show it; {@code commune} and {@code need} are the codes. */
    public record Alert(String referralId, String venueId, String venueName, String commune, String communeName,
            String need, String needLabel, String late, String reroutedTo) {

        /** Someone re-routed it already: the alert stays listed, without a second « Réorienter ». */
        public boolean rerouted() {
            return reroutedTo != null && !reroutedTo.isBlank();
        }

        /** What the « Réorienter » link says after its visible word, for a screen reader among many rows. */
        public String linkContext() {
            return "l'orientation n° " + referralId + " (" + needLabel + ", " + communeName + ")";
        }
    }

    /** A page of alerts; {@code total} as the API counts them. */
    record Page(List<Alert> alerts, long total) {
    }

    private final RestClient referrals;
    private final CommuneNames communes;

    Alerts(@Qualifier("referralApi") RestClient referrals, CommuneNames communes) {
        this.referrals = referrals;
        this.communes = communes;
    }

    /** A page of the territory's alerts; empty while referral-service does not serve them (404). */
    Optional<Page> page(String territory, int page, int size) {
        JsonNode found;
        try {
            found = referrals.get().uri(uri -> uri.path("/api/escalations").queryParam("territory", territory)
                    .queryParam("page", page).queryParam("size", size).build()).retrieve().body(JsonNode.class);
        } catch (ApiProblemException problem) {
            if (problem.status() != 404) {
                throw problem;
            }
            return Optional.empty();
        }
        List<Alert> alerts = new ArrayList<>();
        for (JsonNode item : found.path("items")) {
            alerts.add(alert(item));
        }
        return Optional.of(new Page(alerts, found.path("total").asLong(alerts.size())));
    }

    /** The alert of this referral among the territory's, reading at most {@link #MAX_PAGES} pages. */
    Optional<Alert> find(String territory, String referralId) {
        for (int page = 0; page < MAX_PAGES; page++) {
            Optional<Page> found = page(territory, page, WIDE);
            if (found.isEmpty()) {
                return Optional.empty();
            }
            Optional<Alert> alert = found.get().alerts().stream().filter(a -> a.referralId().equals(referralId))
                    .findFirst();
            if (alert.isPresent()) {
                return alert;
            }
            if ((long) (page + 1) * WIDE >= found.get().total() || found.get().alerts().isEmpty()) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    private Alert alert(JsonNode item) {
        String commune = first(item, "commune", "communeCode");
        String communeName = commune.isBlank() ? "" : communes.of(commune);
        String need = item.path("need").asString("");
        JsonNode venue = item.path("venue");
        String venueId = venue.path("id").asString("");
        // referral-service's name is null while the venue is not (yet) known to it
        String venueName = venue.path("name").asString(venueId);
        return new Alert(first(item, "referralId", "id"), venueId, venueName.isBlank() ? venueId : venueName,
                commune, communeName, need, Needs.label(need), late(item.path("lateByHours")),
                item.path("reroutedTo").asString(""));
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
