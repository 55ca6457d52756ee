package fr.inclusion.orientation.venue.directory.application;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonProperty;

import fr.inclusion.orientation.venue.directory.domain.MobileStop;
import fr.inclusion.orientation.venue.directory.domain.Venue;
import fr.inclusion.orientation.venue.directory.domain.VenueDetails;

/**
 * A venue in the national standard's exchange form: the standard's snake_case field names, list values as JSON
 * arrays (the CSV form joins them with {@code |}), plus the network's {@code stops}. The API body, the demo data
 * file and JSON imports all use it. Bean Validation here only catches what is missing or oversized at the edge;
 * the domain's {@code VenueRules} decide what is valid.
 */
public record StandardVenue(
        @JsonProperty("id") @Size(max = 128, message = "128 caractères au plus")
        String id,
        @JsonProperty("pivot") @NotBlank(message = "obligatoire")
        String pivot,
        @JsonProperty("nom") @NotBlank(message = "obligatoire")
        @Size(max = 250, message = "250 caractères au plus")
        String nom,
        @JsonProperty("commune") @NotBlank(message = "obligatoire")
        @Size(max = 250, message = "250 caractères au plus")
        String commune,
        @JsonProperty("code_postal") @NotBlank(message = "obligatoire")
        String codePostal,
        @JsonProperty("code_insee")
        String codeInsee,
        @JsonProperty("adresse") @NotBlank(message = "obligatoire")
        @Size(max = 250, message = "250 caractères au plus")
        String adresse,
        @JsonProperty("complement_adresse") @Size(max = 250, message = "250 caractères au plus")
        String complementAdresse,
        @JsonProperty("latitude")
        Double latitude,
        @JsonProperty("longitude")
        Double longitude,
        @JsonProperty("typologie") @Size(max = 20, message = "20 valeurs au plus")
        List<String> typologie,
        @JsonProperty("telephone") @Size(max = 10, message = "10 valeurs au plus")
        List<String> telephone,
        @JsonProperty("courriels") @Size(max = 10, message = "10 valeurs au plus")
        List<String> courriels,
        @JsonProperty("site_web") @Size(max = 10, message = "10 valeurs au plus")
        List<String> siteWeb,
        @JsonProperty("horaires") @Size(max = 1000, message = "1000 caractères au plus")
        String horaires,
        @JsonProperty("presentation_resume") @Size(max = 280, message = "280 caractères au plus")
        String presentationResume,
        @JsonProperty("presentation_detail") @Size(max = 10000, message = "10000 caractères au plus")
        String presentationDetail,
        @JsonProperty("source") @Size(max = 250, message = "250 caractères au plus")
        String source,
        @JsonProperty("structure_parente") @Size(max = 250, message = "250 caractères au plus")
        String structureParente,
        @JsonProperty("date_maj") @NotNull(message = "obligatoire (date de mise à jour au format AAAA-MM-JJ)")
        LocalDate dateMaj,
        @JsonProperty("services")
        List<String> services,
        @JsonProperty("publics_specifiquement_adresses")
        List<String> publicsSpecifiquementAdresses,
        @JsonProperty("prise_en_charge_specifique")
        List<String> priseEnChargeSpecifique,
        @JsonProperty("frais_a_charge")
        List<String> fraisACharge,
        @JsonProperty("itinerance")
        List<String> itinerance,
        @JsonProperty("modalites_acces")
        List<String> modalitesAcces,
        @JsonProperty("modalites_accompagnement")
        List<String> modalitesAccompagnement,
        @JsonProperty("dispositif_programmes_nationaux")
        List<String> dispositifProgrammesNationaux,
        @JsonProperty("formations_labels")
        List<String> formationsLabels,
        @JsonProperty("autres_formations_labels") @Size(max = 20, message = "20 valeurs au plus")
        List<String> autresFormationsLabels,
        @JsonProperty("fiche_acces_libre") @Size(max = 1000, message = "1000 caractères au plus")
        String ficheAccesLibre,
        @JsonProperty("prise_rdv") @Size(max = 1000, message = "1000 caractères au plus")
        String priseRdv,
        @JsonProperty("stops") @Valid @Size(max = 100, message = "100 arrêts au plus")
        List<Stop> stops) {

    /** The record without its {@code id} and {@code stops}; both records name their components alike. */
    public VenueDetails toDetails() {
        return new VenueDetails(pivot, nom, commune, codePostal, codeInsee, adresse, complementAdresse, latitude,
                longitude, typologie, telephone, courriels, siteWeb, horaires, presentationResume, presentationDetail,
                source, structureParente, dateMaj, services, publicsSpecifiquementAdresses, priseEnChargeSpecifique,
                fraisACharge, itinerance, modalitesAcces, modalitesAccompagnement, dispositifProgrammesNationaux,
                formationsLabels, autresFormationsLabels, ficheAccesLibre, priseRdv);
    }

    public List<MobileStop> toStops() {
        // a null element ("stops": [null]) reaches the rules, which report it, instead of failing here
        return stops == null ? List.of() : stops.stream().map(stop -> stop == null ? null : stop.toDomain()).toList();
    }

    public static StandardVenue of(Venue venue) {
        VenueDetails d = venue.details();
        return new StandardVenue(venue.id(), d.pivot(), d.nom(), d.commune(), d.codePostal(), d.codeInsee(),
                d.adresse(), d.complementAdresse(), d.latitude(), d.longitude(), d.typologie(), d.telephone(),
                d.courriels(), d.siteWeb(), d.horaires(), d.presentationResume(), d.presentationDetail(), d.source(),
                d.structureParente(), d.dateMaj(), d.services(), d.publicsSpecifiquementAdresses(),
                d.priseEnChargeSpecifique(), d.fraisACharge(), d.itinerance(), d.modalitesAcces(),
                d.modalitesAccompagnement(), d.dispositifProgrammesNationaux(), d.formationsLabels(),
                d.autresFormationsLabels(), d.ficheAccesLibre(), d.priseRdv(),
                venue.stops().stream().map(Stop::of).toList());
    }

    /** A stop of a mobile venue: commune INSEE code, weekday 1 (Monday) to 7 (Sunday), {@code HH:mm} times. */
    public record Stop(
            @JsonProperty("commune") @NotBlank(message = "obligatoire") String commune,
            @JsonProperty("weekday") @NotNull(message = "obligatoire")
            @Min(value = 1, message = "jour de 1 (lundi) à 7 (dimanche)")
            @Max(value = 7, message = "jour de 1 (lundi) à 7 (dimanche)") Integer weekday,
            @JsonProperty("from") @NotBlank(message = "obligatoire") String from,
            @JsonProperty("to") @NotBlank(message = "obligatoire") String to,
            @JsonProperty("place") @NotBlank(message = "obligatoire")
            @Size(max = 250, message = "250 caractères au plus") String place) {

        MobileStop toDomain() {
            return new MobileStop(commune, weekday == null ? 0 : weekday, from, to, place);
        }

        static Stop of(MobileStop stop) {
            return new Stop(stop.commune(), stop.weekday(), stop.from(), stop.to(), stop.place());
        }
    }
}
