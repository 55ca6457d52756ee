package fr.inclusion.orientation.web.venue;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The staff's venue as venue-service shows it ({@code GET /api/venues/{id}}): the public record's fields these pages
 * show and let them correct (by the national standard's names), and the network's availability settings.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record MyVenue(
        String id,
        String nom,
        String commune,
        @JsonProperty("code_postal") String codePostal,
        String adresse,
        @JsonProperty("complement_adresse") String complementAdresse,
        List<String> telephone,
        List<String> courriels,
        @JsonProperty("site_web") List<String> siteWeb,
        String horaires,
        @JsonProperty("presentation_resume") String presentationResume,
        @JsonProperty("prise_rdv") String priseRdv,
        @JsonProperty("intake_paused") boolean intakePaused,
        @JsonProperty("weekly_capacity") Integer weeklyCapacity,
        @JsonProperty("answer_delay_days") Integer answerDelayDays,
        boolean active) {

    public MyVenue {
        telephone = telephone == null ? List.of() : List.copyOf(telephone);
        courriels = courriels == null ? List.of() : List.copyOf(courriels);
        siteWeb = siteWeb == null ? List.of() : List.copyOf(siteWeb);
    }

    /** A field of the public record by its name in the standard, as the correction form shows it. */
    String field(String name) {
        return switch (name) {
            case "nom" -> nom;
            case "adresse" -> adresse;
            case "complement_adresse" -> complementAdresse;
            case "code_postal" -> codePostal;
            case "commune" -> commune;
            case "horaires" -> horaires;
            case "presentation_resume" -> presentationResume;
            case "prise_rdv" -> priseRdv;
            case "telephone" -> String.join("\n", telephone);
            case "courriels" -> String.join("\n", courriels);
            case "site_web" -> String.join("\n", siteWeb);
            default -> throw new IllegalArgumentException(name);
        };
    }
}
