package fr.inclusion.orientation.web.secretary;

import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.util.UriBuilder;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

import fr.inclusion.orientation.web.api.ApiProblemException;

/**
 * What the secretary's pages read from venue-service: the ranked search, one venue, the communes of the territory.
 * The records below keep only the fields the pages show, under the API's own names.
 */
@Component
class VenueClient {

    /** The most results a search page shows (the API allows up to 50). */
    static final int RESULTS = 10;
    /** Enough to find one given venue among those offering a need around a commune (the API's maximum). */
    static final int WIDE = 50;

    private final RestClient api;

    VenueClient(@Qualifier("venueApi") RestClient api) {
        this.api = api;
    }

    /** {@code GET /api/venues/search}: best first; a 400 carries the field at fault (need, commune, constraints). */
    List<Result> search(String need, String commune, List<String> constraints, int limit) {
        Results results = api.get().uri(uri -> {
            UriBuilder builder = uri.path("/api/venues/search")
                    .queryParam("need", "{need}")
                    .queryParam("commune", "{commune}")
                    .queryParam("limit", limit);
            if (!constraints.isEmpty()) {
                builder.queryParam("constraints", String.join(",", constraints));
            }
            return builder.build(need, commune);
        }).retrieve().body(Results.class);
        return results == null || results.items() == null ? List.of() : results.items();
    }

    /** {@code GET /api/venues/{id}}; empty when the venue is unknown or withdrawn (404). */
    Optional<Venue> venue(String id) {
        try {
            return Optional.ofNullable(api.get().uri("/api/venues/{id}", id).retrieve().body(Venue.class));
        } catch (ApiProblemException problem) {
            if (problem.status() == 404) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** {@code GET /api/territory/communes/{code}}; empty for an unknown code. */
    Optional<Commune> commune(String code) {
        try {
            return Optional.ofNullable(api.get().uri("/api/territory/communes/{code}", code).retrieve()
                    .body(Commune.class));
        } catch (ApiProblemException problem) {
            if (problem.status() == 404 || problem.status() == 400) {
                return Optional.empty();
            }
            throw problem;
        }
    }

    /** {@code GET /api/territory/communes?q=}: the first communes whose name or code matches. */
    List<Commune> communes(String text, int size) {
        CommunePage page = api.get().uri(uri -> uri.path("/api/territory/communes")
                .queryParam("q", "{q}").queryParam("size", size).build(text))
                .retrieve().body(CommunePage.class);
        return page == null || page.items() == null ? List.of() : page.items();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Results(List<Result> items) {
    }

    /** One ranked result: {@code nextOpening} and {@code nextMobileStop} are absent when they do not apply. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Result(Venue venue, double distanceKm, double score, List<String> reasons, String nextOpening,
            NextStop nextMobileStop) {

        Result {
            reasons = reasons == null ? List.of() : reasons;
        }
    }

    /** The mobile venue's next stop in the resident's commune. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record NextStop(String at, String commune, int weekday, String from, String to, String place) {
    }

    /** A venue, by the national standard's field names. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Venue(
            String id,
            String nom,
            String commune,
            @JsonProperty("code_postal") String codePostal,
            @JsonProperty("code_insee") String codeInsee,
            String adresse,
            @JsonProperty("complement_adresse") String complementAdresse,
            Double latitude,
            Double longitude,
            List<String> telephone,
            List<String> courriels,
            String horaires,
            @JsonProperty("presentation_resume") String presentationResume,
            @JsonProperty("frais_a_charge") List<String> fraisACharge,
            List<String> itinerance,
            @JsonProperty("modalites_acces") List<String> modalitesAcces,
            @JsonProperty("prise_rdv") String priseRdv,
            List<Stop> stops,
            @JsonProperty("intake_paused") boolean intakePaused,
            boolean active) {

        Venue {
            telephone = telephone == null ? List.of() : telephone;
            courriels = courriels == null ? List.of() : courriels;
            fraisACharge = fraisACharge == null ? List.of() : fraisACharge;
            itinerance = itinerance == null ? List.of() : itinerance;
            modalitesAcces = modalitesAcces == null ? List.of() : modalitesAcces;
            stops = stops == null ? List.of() : stops;
        }

        boolean mobile() {
            return itinerance.contains("Itinérant");
        }

        /** "1 rue de la Démonstration, 55800 Revigny-sur-Ornain". */
        public String fullAddress() {
            StringBuilder text = new StringBuilder(adresse == null ? "" : adresse);
            if (codePostal != null || commune != null) {
                text.append(text.isEmpty() ? "" : ", ").append(codePostal == null ? "" : codePostal + " ")
                        .append(commune == null ? "" : commune);
            }
            return text.toString().strip();
        }

        /** The stops in one commune, in the week's order. */
        List<Stop> stopsIn(String communeCode) {
            return stops.stream().filter(stop -> stop.commune() != null && stop.commune().equals(communeCode))
                    .sorted(java.util.Comparator.comparingInt(Stop::weekday).thenComparing(Stop::from))
                    .toList();
        }
    }

    /** A stop of a mobile venue: weekday 1 (Monday) to 7 (Sunday), {@code HH:mm} times. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stop(String commune, int weekday, String from, String to, String place) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Commune(String code, String nom, List<String> codesPostaux, Double latitude, Double longitude) {

        /** What a commune field shows and reads back: "Revigny-sur-Ornain (55427)". */
        public String label() {
            return nom + " (" + code + ")";
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record CommunePage(List<Commune> items) {
    }
}
