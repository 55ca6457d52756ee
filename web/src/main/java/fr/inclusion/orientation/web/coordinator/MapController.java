package fr.inclusion.orientation.web.coordinator;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.client.RestClient;
import org.springframework.web.servlet.ModelAndView;

import fr.inclusion.orientation.web.coordinator.TerritoryMap.FragilityClass;
import fr.inclusion.orientation.web.coordinator.TerritoryMap.Ring;
import fr.inclusion.orientation.web.secretary.Needs;
import fr.inclusion.orientation.web.user.CurrentUser;
import tools.jackson.databind.JsonNode;

/**
 * « Carte du territoire »: the communes of the coordinator's territory drawn by the server (SVG, coloured by their
 * fragility index), the referrals sent from each, the venues and the mobile bus's stops, and the communes without a
 * venue offering a chosen need within a distance. The same figures are in a table, the text alternative of the map.
 */
@Controller
class MapController {

    static final String PAGE = "/carte";
    static final double DEFAULT_MAX_KM = 15;
    static final int VENUE_PAGE_SIZE = 100;
    /** At most this many listing requests per page view: 500 venues read, the rest is said to be left out. */
    static final int MAX_VENUE_PAGES = 5;

    /** Digits, then at most two decimals after a point or a comma (« 12,5 »): no exponent, no hexadecimal. */
    private static final Pattern DISTANCE = Pattern.compile("\\d{1,6}(\\.\\d{1,2})?");

    private static final String[] WEEKDAYS = {"", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
        "dimanche"};

    /** One commune as the map and the table show it; {@code covered} is null when no coverage was asked. */
    public record Commune(String code, String nom, String epci, String ifn, String ifnClass, String referrals,
            Boolean covered, String nearest, String path, String title) {

        /** « Oui — Médiathèque à 3,2 km », « Non — … à 22 km », « – » without coverage. */
        public String coverage() {
            if (covered == null) {
                return "–";
            }
            String answer = covered ? "Oui" : "Non";
            return nearest.isEmpty() ? answer + " — aucun lieu" : answer + " — " + nearest;
        }
    }

    /** A commune without a venue within the distance. */
    public record Gap(String code, String nom, String population, String ifn, String nearestVenue,
            String distance) {
    }

    /** A marker: a fixed venue (circle) or a stop of a mobile venue (square), centred on cx, cy (null: not drawn). */
    public record Marker(String kind, String id, String nom, String commune, String detail, Double cx, Double cy,
            String title) {

        public boolean stop() {
            return "arret".equals(kind);
        }

        public boolean placed() {
            return cx != null && cy != null;
        }

        public String x() {
            return TerritoryMap.number(cx);
        }

        public String y() {
            return TerritoryMap.number(cy);
        }

        public String left() {
            return TerritoryMap.number(cx - 5);
        }

        public String top() {
            return TerritoryMap.number(cy - 5);
        }
    }

    /** The need form's choices. */
    public record Choice(String value, String label) {
    }

    private final RestClient venues;
    private final RestClient referrals;

    MapController(@Qualifier("venueApi") RestClient venues, @Qualifier("referralApi") RestClient referrals) {
        this.venues = venues;
        this.referrals = referrals;
    }

    @GetMapping(PAGE)
    ModelAndView map(@ModelAttribute("user") CurrentUser user,
            @RequestParam(name = "besoin", required = false) String needParam,
            @RequestParam(name = "distance", required = false) String distanceParam) {
        String territory = CoordinatorPages.territoryOf(user);
        ModelAndView page = new ModelAndView("coordinator/carte");
        Map<String, String> errors = new LinkedHashMap<>();
        String need = need(needParam, errors);
        Double maxKm = distance(distanceParam, errors);
        page.addObject("territory", territory);
        page.addObject("choices", Needs.ALL.stream().map(n -> new Choice(n.value(), n.label())).toList());
        page.addObject("need", needParam == null ? Needs.ALL.getFirst().value() : needParam.strip());
        page.addObject("distance", distanceParam == null ? TerritoryMap.number(DEFAULT_MAX_KM) : distanceParam.strip());
        page.addObject("errors", errors);
        if (!errors.isEmpty()) {
            page.setStatus(HttpStatus.BAD_REQUEST);
        }

        JsonNode contours = venues.get().uri(uri -> uri.path("/api/territory/contours")
                .queryParam("territory", territory).build()).retrieve().body(JsonNode.class);
        Map<String, String> sent = referralsByCommune(territory);
        JsonNode coverage = errors.isEmpty() ? coverage(territory, need, maxKm) : null;
        Map<String, JsonNode> coverageByCode = new HashMap<>();
        if (coverage != null) {
            coverage.path("items").forEach(item -> coverageByCode.put(item.path("code").asString(""), item));
        }

        List<JsonNode> outlines = new ArrayList<>();
        contours.path("communes").forEach(outlines::add);
        Map<String, List<Ring>> ringsByCode = new LinkedHashMap<>();
        List<Ring> allRings = new ArrayList<>();
        for (JsonNode outline : outlines) {
            List<Ring> rings = TerritoryMap.rings(outline.path("rings"));
            ringsByCode.put(outline.path("code").asString(""), rings);
            allRings.addAll(rings);
        }
        TerritoryMap map = TerritoryMap.fitting(allRings).orElse(null);
        String needLabel = Needs.label(need);
        String reach = maxKm == null ? "" : TerritoryMap.number(maxKm).replace('.', ',');

        List<Commune> communes = new ArrayList<>();
        Map<String, String> names = new LinkedHashMap<>();
        for (JsonNode outline : outlines) {
            String code = outline.path("code").asString("");
            names.put(code, outline.path("nom").asString(code));
            JsonNode item = coverageByCode.get(code);
            Double ifn = fragility(outline.path("fragility"));
            if (ifn == null && item != null) {
                ifn = fragility(item.path("fragility"));
            }
            communes.add(commune(code, outline.path("nom").asString(code), epci(outline), ifn, sent, item,
                    map == null ? "" : map.path(ringsByCode.get(code)), needLabel, reach));
        }
        if (outlines.isEmpty() && coverage != null) {
            // no contours yet: the table still lists the communes the coverage knows
            for (JsonNode item : coverage.path("items")) {
                String code = item.path("code").asString("");
                names.put(code, item.path("nom").asString(code));
                communes.add(commune(code, item.path("nom").asString(code), "–", fragility(item.path("fragility")),
                        sent, item, "", needLabel, reach));
            }
        }

        page.addObject("contoursImported", contours.path("count").asInt(outlines.size()) > 0 && map != null);
        page.addObject("communes", communes);
        page.addObject("uncoveredCommunes", communes.stream().filter(c -> Boolean.FALSE.equals(c.covered()))
                .toList());
        page.addObject("viewBox", map == null ? "" : map.viewBox());
        page.addObject("legend", List.of(FragilityClass.values()));
        page.addObject("needLabel", needLabel);
        page.addObject("reach", reach);
        page.addObject("coverage", coverage != null);
        if (coverage != null) {
            long uncovered = coverage.path("uncovered").asLong();
            long covered = coverage.path("covered").asLong();
            page.addObject("uncoveredCount", uncovered);
            page.addObject("coverageSummary", (uncovered <= 1 ? uncovered + " commune sans lieu" : uncovered
                    + " communes sans lieu") + " « " + needLabel + " » à moins de " + reach + " km ; "
                    + (covered <= 1 ? covered + " commune couverte." : covered + " communes couvertes."));
            page.addObject("gaps", gaps(coverage));
        }

        VenueScan scan = venues(names, ringsByCode, map);
        page.addObject("markers", scan.markers());
        page.addObject("venuesRead", scan.read());
        page.addObject("venuesTotal", scan.total());
        page.addObject("venuesTruncated", scan.total() > scan.read());
        return page;
    }

    private static Commune commune(String code, String nom, String epci, Double ifn, Map<String, String> sent,
            JsonNode item, String path, String needLabel, String reach) {
        FragilityClass fragilityClass = FragilityClass.of(ifn);
        String ifnText = ifn == null ? "non renseigné" : decimal(ifn);
        String referrals = sent.getOrDefault(code, "0");
        Boolean covered = item == null ? null : item.path("covered").asBoolean(false);
        String nearest = item == null ? "" : nearest(item.path("nearestVenue"));
        StringBuilder title = new StringBuilder(nom).append(" (").append(code).append(") — IFN ").append(ifnText)
                .append(" — orientations : ").append(referrals);
        if (covered != null) {
            title.append(covered ? " — couverte" : " — non couverte").append(" : ");
            title.append(nearest.isEmpty() ? "aucun lieu « " + needLabel + " »" : nearest);
            if (!covered) {
                title.append(" (plus de ").append(reach).append(" km)");
            }
        }
        return new Commune(code, nom, epci, ifnText, fragilityClass.css(), referrals, covered, nearest, path,
                title.toString());
    }

    private static String epci(JsonNode outline) {
        String nom = outline.path("epciNom").asString("");
        return nom.isBlank() ? outline.path("epci").asString("–") : nom;
    }

    private static String nearest(JsonNode venue) {
        if (venue.isMissingNode() || venue.isNull()) {
            return "";
        }
        return venue.path("nom").asString("") + " à " + decimal(venue.path("distanceKm").asDouble()) + " km";
    }

    private static List<Gap> gaps(JsonNode coverage) {
        List<Gap> gaps = new ArrayList<>();
        for (JsonNode item : coverage.path("items")) {
            if (item.path("covered").asBoolean(false)) {
                continue;
            }
            Double ifn = fragility(item.path("fragility"));
            JsonNode venue = item.path("nearestVenue");
            boolean none = venue.isMissingNode() || venue.isNull();
            gaps.add(new Gap(item.path("code").asString(""), item.path("nom").asString(""),
                    Counts.count(item.path("population")), ifn == null ? "non renseigné" : decimal(ifn),
                    none ? "Aucun lieu" : venue.path("nom").asString(""),
                    none ? "–" : decimal(venue.path("distanceKm").asDouble()) + " km"));
        }
        return gaps;
    }

    private Map<String, String> referralsByCommune(String territory) {
        JsonNode flows = referrals.get().uri(uri -> uri.path("/api/flows").queryParam("territory", territory)
                .queryParam("groupBy", "commune").build()).retrieve().body(JsonNode.class);
        Map<String, String> sent = new HashMap<>();
        flows.path("groups").forEach(group -> sent.put(group.path("key").asString(""),
                Counts.count(group.path("sent"))));
        return sent;
    }

    private JsonNode coverage(String territory, String need, double maxKm) {
        return venues.get().uri(uri -> uri.path("/api/territory/coverage").queryParam("service", need)
                .queryParam("maxKm", TerritoryMap.number(maxKm)).queryParam("territory", territory).build())
                .retrieve().body(JsonNode.class);
    }

    private record VenueScan(List<Marker> markers, long read, long total) {
    }

    /** The directory read page by page (bounded), keeping the venues and stops in the territory's communes. */
    private VenueScan venues(Map<String, String> names, Map<String, List<Ring>> ringsByCode, TerritoryMap map) {
        List<Marker> markers = new ArrayList<>();
        long read = 0;
        long total = 0;
        if (names.isEmpty()) {
            return new VenueScan(markers, 0, 0);
        }
        for (int page = 0; page < MAX_VENUE_PAGES; page++) {
            int current = page;
            JsonNode listing = venues.get().uri(uri -> uri.path("/api/venues").queryParam("page", current)
                    .queryParam("size", VENUE_PAGE_SIZE).build()).retrieve().body(JsonNode.class);
            JsonNode items = listing.path("items");
            total = listing.path("total").asLong(items.size());
            read += items.size();
            items.forEach(venue -> markers.addAll(markers(venue, names, ringsByCode, map)));
            if (items.isEmpty() || read >= total) {
                break;
            }
        }
        return new VenueScan(markers, read, Math.max(total, read));
    }

    private static List<Marker> markers(JsonNode venue, Map<String, String> names,
            Map<String, List<Ring>> ringsByCode, TerritoryMap map) {
        Set<String> codes = names.keySet();
        List<Marker> markers = new ArrayList<>();
        String id = venue.path("id").asString("");
        String nom = venue.path("nom").asString(id);
        boolean mobile = false;
        boolean fixed = venue.path("itinerance").isEmpty();
        for (JsonNode mode : venue.path("itinerance")) {
            String value = mode.asString("").toLowerCase(Locale.ROOT);
            mobile |= value.startsWith("itin");
            fixed |= value.startsWith("fixe");
        }
        String code = venue.path("code_insee").asString("");
        JsonNode lat = venue.path("latitude");
        JsonNode lon = venue.path("longitude");
        if ((fixed || !mobile) && codes.contains(code) && lat.isNumber() && lon.isNumber()) {
            boolean drawn = map != null && map.contains(lon.asDouble(), lat.asDouble());
            Double x = drawn ? map.x(lon.asDouble()) : null;
            Double y = drawn ? map.y(lat.asDouble()) : null;
            String commune = venue.path("commune").asString("");
            markers.add(new Marker("lieu", id, nom, commune, venue.path("adresse").asString(""), x, y,
                    nom + " — lieu fixe, " + commune));
        }
        for (JsonNode stop : venue.path("stops")) {
            String stopCode = stop.path("commune").asString("");
            if (!codes.contains(stopCode)) {
                continue;
            }
            double[] anchor = TerritoryMap.anchor(ringsByCode.getOrDefault(stopCode, List.of()));
            int weekday = stop.path("weekday").asInt(0);
            String when = (weekday >= 1 && weekday <= 7 ? WEEKDAYS[weekday] + " " : "")
                    + stop.path("from").asString("") + "–" + stop.path("to").asString("");
            String detail = when + ", " + stop.path("place").asString("");
            String commune = names.get(stopCode);
            markers.add(new Marker("arret", id, nom, commune, detail,
                    map == null || anchor == null ? null : map.x(anchor[0]),
                    map == null || anchor == null ? null : map.y(anchor[1]),
                    nom + " — arrêt du bus à " + commune + ", " + detail));
        }
        return markers;
    }

    private static Double fragility(JsonNode node) {
        return node != null && node.isNumber() ? node.asDouble() : null;
    }

    static String decimal(double value) {
        return String.format(Locale.FRANCE, "%.1f", value).replace(",0", "").replace('.', ',');
    }

    private static String need(String typed, Map<String, String> errors) {
        if (typed == null) {
            return Needs.ALL.getFirst().value();
        }
        return Needs.of(typed.strip()).map(Needs.Need::value).orElseGet(() -> {
            errors.put("besoin", "Choisissez un besoin dans la liste.");
            return null;
        });
    }

    private static Double distance(String typed, Map<String, String> errors) {
        if (typed == null) {
            return DEFAULT_MAX_KM;
        }
        String text = typed.strip().replace(',', '.');
        if (text.isEmpty()) {
            errors.put("distance", "Indiquez une distance en kilomètres, de 1 à 100.");
            return null;
        }
        if (!DISTANCE.matcher(text).matches()) {
            errors.put("distance", "La distance doit être un nombre de kilomètres, par exemple 15.");
            return null;
        }
        double value = Double.parseDouble(text);
        if (!(value >= 1 && value <= 100)) {
            errors.put("distance", "La distance doit être comprise entre 1 et 100 km.");
            return null;
        }
        return value;
    }
}
