package fr.inclusion.orientation.web.coordinator;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.util.UriComponentsBuilder;

import fr.inclusion.orientation.web.user.CurrentUser;
import fr.inclusion.orientation.web.secretary.Needs;
import fr.inclusion.orientation.web.venue.CommuneNames;
import fr.inclusion.orientation.web.venue.VenueLabels;
import tools.jackson.databind.JsonNode;

/**
 * "Tableau de bord": the flows of the coordinator's territory (from her token) over a period — totals, then by week
 * (a bar chart drawn by the server, with the same figures in a table), by need, by commune and by venue.
 */
@Controller
class DashboardController {

    static final String PAGE = "/tableau-de-bord";

    /** One line of a breakdown, every figure as shown (numbers or « < 5 »). */
    public record Row(String label, String sent, String accepted, String declined, String expired, String rate,
            String median) {
    }

    /** One bar of the weekly chart (coordinates in the SVG's own units). */
    public record Bar(String label, String value, int x, int y, int width, int height) {
    }

    /** A name and a count: outcomes, declined reasons. */
    public record Entry(String label, String count) {
    }

    static final int CHART_HEIGHT = 160;
    static final int BAR_STEP = 40;

    private final RestClient referrals;
    private final CommuneNames communeNames;

    DashboardController(@Qualifier("referralApi") RestClient referrals, CommuneNames communeNames) {
        this.referrals = referrals;
        this.communeNames = communeNames;
    }

    @GetMapping(PAGE)
    ModelAndView dashboard(@ModelAttribute("user") CurrentUser user, @RequestParam(required = false) String from,
            @RequestParam(required = false) String to) {
        String territory = CoordinatorPages.territoryOf(user);
        ModelAndView page = new ModelAndView("coordinator/dashboard");
        page.addObject("from", from == null ? "" : from.strip());
        page.addObject("to", to == null ? "" : to.strip());
        Map<String, String> errors = new LinkedHashMap<>();
        String fromDate = date(from, "from", errors);
        String toDate = date(to, "to", errors);
        if (fromDate != null && toDate != null && LocalDate.parse(fromDate).isAfter(LocalDate.parse(toDate))) {
            errors.put("to", "La date de fin doit être après la date de début.");
        }
        page.addObject("errors", errors);
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
            return page;
        }
        JsonNode weeks = flows(territory, fromDate, toDate, "week");
        JsonNode totals = weeks.path("totals");
        page.addObject("totals", row("Total", totals));
        page.addObject("outcomes", entries(totals.path("outcomes"), VenueLabels.OUTCOMES));
        page.addObject("declinedReasons", entries(totals.path("declinedReasons"), VenueLabels.DECLINE_REASONS));
        page.addObject("p90", Counts.hours(totals.path("p90HoursToAccept")));
        page.addObject("weeks", rows(weeks, DashboardController::weekLabel));
        page.addObject("bars", bars(weeks));
        page.addObject("chartWidth", Math.max(BAR_STEP, weeks.path("groups").size() * BAR_STEP));
        page.addObject("chartHeight", CHART_HEIGHT);
        page.addObject("needs", rows(flows(territory, fromDate, toDate, "need"), Needs::label));
        // referral-service groups communes by INSEE code: the coordinator reads their names
        page.addObject("communes", rows(flows(territory, fromDate, toDate, "commune"), communeNames::of));
        page.addObject("venues", rows(flows(territory, fromDate, toDate, "venue")));
        page.addObject("exportUrl", UriComponentsBuilder.fromPath("/api/flows/export").queryParam("format", "csv")
                .queryParam("territory", territory).queryParamIfPresent("from", java.util.Optional.ofNullable(fromDate))
                .queryParamIfPresent("to", java.util.Optional.ofNullable(toDate)).queryParam("groupBy", "week")
                .encode().toUriString());
        return page;
    }

    private JsonNode flows(String territory, String from, String to, String groupBy) {
        return referrals.get().uri(uri -> {
            uri.path("/api/flows").queryParam("territory", territory).queryParam("groupBy", groupBy);
            if (from != null) {
                uri.queryParam("from", from);
            }
            if (to != null) {
                uri.queryParam("to", to);
            }
            return uri.build();
        }).retrieve().body(JsonNode.class);
    }

    private static String date(String typed, String field, Map<String, String> errors) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(typed.strip()).toString();
        } catch (DateTimeParseException e) {
            errors.put(field, "Date invalide : saisissez-la au format AAAA-MM-JJ, par exemple 2026-11-01.");
            return null;
        }
    }

    static List<Row> rows(JsonNode flows) {
        return rows(flows, key -> key);
    }

    /** The groups' rows, a group without a label named from its key by {@code names}. */
    static List<Row> rows(JsonNode flows, java.util.function.UnaryOperator<String> names) {
        List<Row> rows = new ArrayList<>();
        flows.path("groups").forEach(group -> {
            String label = group.path("label").asString("");
            rows.add(row(label.isBlank() ? names.apply(group.path("key").asString("")) : label, group));
        });
        return rows;
    }

    static Row row(String label, JsonNode c) {
        return new Row(label, Counts.count(c.path("sent")), Counts.count(c.path("accepted")),
                Counts.count(c.path("declined")), Counts.count(c.path("expired")),
                Counts.rate(c.path("acceptanceRate")), Counts.hours(c.path("medianHoursToAccept")));
    }

    private static String label(JsonNode group) {
        String label = group.path("label").asString("");
        return label.isBlank() ? group.path("key").asString("") : label;
    }

    static List<Bar> bars(JsonNode flows) {
        long max = 1;
        for (JsonNode group : flows.path("groups")) {
            max = Math.max(max, Counts.magnitude(group.path("sent")));
        }
        List<Bar> bars = new ArrayList<>();
        int i = 0;
        for (JsonNode group : flows.path("groups")) {
            long value = Counts.magnitude(group.path("sent"));
            int height = (int) Math.round((double) value * (CHART_HEIGHT - 20) / max);
            bars.add(new Bar(shortWeek(group), Counts.count(group.path("sent")), i * BAR_STEP + 6,
                    CHART_HEIGHT - height, BAR_STEP - 12, height));
            i++;
        }
        return bars;
    }

    /** « Semaine du 2 novembre 2026 » for the ISO week key 2026-W45, else the key. */
    static String weekLabel(String key) {
        java.util.regex.Matcher week = java.util.regex.Pattern.compile("(\\d{4})-W(\\d{1,2})").matcher(key);
        if (!week.matches()) {
            return key;
        }
        try {
            LocalDate monday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(java.time.temporal.IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(java.time.DayOfWeek.MONDAY);
            return "Semaine du " + monday.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy",
                    java.util.Locale.FRANCE));
        } catch (java.time.DateTimeException | NumberFormatException e) {
            return key;
        }
    }

    /** Under a bar: « S45 » for the key 2026-W45, else the label. */
    private static String shortWeek(JsonNode group) {
        java.util.regex.Matcher week = java.util.regex.Pattern.compile("\\d{4}-W(\\d{1,2})")
                .matcher(group.path("key").asString(""));
        return week.matches() ? "S" + week.group(1) : label(group);
    }

    static List<Entry> entries(JsonNode map, Map<String, String> labels) {
        List<Entry> entries = new ArrayList<>();
        map.properties().forEach(e -> entries.add(new Entry(labels.getOrDefault(e.getKey(), e.getKey()),
                Counts.count(e.getValue()))));
        return entries;
    }
}
