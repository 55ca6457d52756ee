package fr.inclusion.orientation.venue.directory.domain;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import fr.inclusion.orientation.reference.standard.NationalStandard;

/**
 * What the national standard says about a venue, every field but {@code id} (the aggregate's identity). Values are
 * normalised on construction: text trimmed, blank text absent, lists without blanks or duplicates, French phone
 * numbers written {@code 03 29 …} turned into the standard's {@code +33329…}. Whether they are valid is for
 * {@link VenueRules} to say, so that every problem of a record can be reported at once.
 */
public record VenueDetails(
        String pivot,
        String nom,
        String commune,
        String codePostal,
        String codeInsee,
        String adresse,
        String complementAdresse,
        Double latitude,
        Double longitude,
        List<String> typologie,
        List<String> telephone,
        List<String> courriels,
        List<String> siteWeb,
        String horaires,
        String presentationResume,
        String presentationDetail,
        String source,
        String structureParente,
        LocalDate dateMaj,
        List<String> services,
        List<String> publicsSpecifiquementAdresses,
        List<String> priseEnChargeSpecifique,
        List<String> fraisACharge,
        List<String> itinerance,
        List<String> modalitesAcces,
        List<String> modalitesAccompagnement,
        List<String> dispositifProgrammesNationaux,
        List<String> formationsLabels,
        List<String> autresFormationsLabels,
        String ficheAccesLibre,
        String priseRdv) {

    public VenueDetails {
        pivot = clean(pivot);
        nom = clean(nom);
        commune = clean(commune);
        codePostal = clean(codePostal);
        codeInsee = clean(codeInsee);
        adresse = clean(adresse);
        complementAdresse = clean(complementAdresse);
        typologie = cleanList(typologie);
        telephone = cleanList(telephone).stream().map(VenueDetails::phone).distinct().toList();
        courriels = cleanList(courriels);
        siteWeb = cleanList(siteWeb);
        horaires = clean(horaires);
        presentationResume = clean(presentationResume);
        presentationDetail = clean(presentationDetail);
        source = clean(source);
        structureParente = clean(structureParente);
        services = cleanList(services);
        publicsSpecifiquementAdresses = cleanList(publicsSpecifiquementAdresses);
        priseEnChargeSpecifique = cleanList(priseEnChargeSpecifique);
        fraisACharge = cleanList(fraisACharge);
        itinerance = cleanList(itinerance);
        modalitesAcces = cleanList(modalitesAcces);
        modalitesAccompagnement = cleanList(modalitesAccompagnement);
        dispositifProgrammesNationaux = cleanList(dispositifProgrammesNationaux);
        formationsLabels = cleanList(formationsLabels);
        autresFormationsLabels = cleanList(autresFormationsLabels);
        ficheAccesLibre = clean(ficheAccesLibre);
        priseRdv = clean(priseRdv);
    }

    public static Builder builder() {
        return new Builder();
    }

    public Builder toBuilder() {
        return new Builder()
                .pivot(pivot)
                .nom(nom)
                .commune(commune)
                .codePostal(codePostal)
                .codeInsee(codeInsee)
                .adresse(adresse)
                .complementAdresse(complementAdresse)
                .latitude(latitude)
                .longitude(longitude)
                .typologie(typologie)
                .telephone(telephone)
                .courriels(courriels)
                .siteWeb(siteWeb)
                .horaires(horaires)
                .presentationResume(presentationResume)
                .presentationDetail(presentationDetail)
                .source(source)
                .structureParente(structureParente)
                .dateMaj(dateMaj)
                .services(services)
                .publicsSpecifiquementAdresses(publicsSpecifiquementAdresses)
                .priseEnChargeSpecifique(priseEnChargeSpecifique)
                .fraisACharge(fraisACharge)
                .itinerance(itinerance)
                .modalitesAcces(modalitesAcces)
                .modalitesAccompagnement(modalitesAccompagnement)
                .dispositifProgrammesNationaux(dispositifProgrammesNationaux)
                .formationsLabels(formationsLabels)
                .autresFormationsLabels(autresFormationsLabels)
                .ficheAccesLibre(ficheAccesLibre)
                .priseRdv(priseRdv);
    }

    public boolean offers(String service) {
        return services.contains(service);
    }

    public boolean isMobile() {
        return itinerance.contains(NationalStandard.ITINERANT);
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = Normalizer.normalize(value, Normalizer.Form.NFC).strip();
        return trimmed.isEmpty() ? null : trimmed;
    }

    static List<String> cleanList(Collection<String> values) {
        if (values == null) {
            return List.of();
        }
        return values.stream().map(VenueDetails::clean).filter(Objects::nonNull).distinct().toList();
    }

    /** {@code 03 29 70 00 00} or {@code 03.29.70.00.00} becomes {@code +33329700000}; anything else is kept. */
    private static String phone(String value) {
        String compact = value.replaceAll("[\\s.\\-]", "");
        return compact.matches("0\\d{9}") ? "+33" + compact.substring(1) : compact;
    }

    /** Builds details field by field, as imports and tests do; unset fields are absent (empty lists). */
    public static final class Builder {

        private String pivot;
        private String nom;
        private String commune;
        private String codePostal;
        private String codeInsee;
        private String adresse;
        private String complementAdresse;
        private Double latitude;
        private Double longitude;
        private List<String> typologie;
        private List<String> telephone;
        private List<String> courriels;
        private List<String> siteWeb;
        private String horaires;
        private String presentationResume;
        private String presentationDetail;
        private String source;
        private String structureParente;
        private LocalDate dateMaj;
        private List<String> services;
        private List<String> publicsSpecifiquementAdresses;
        private List<String> priseEnChargeSpecifique;
        private List<String> fraisACharge;
        private List<String> itinerance;
        private List<String> modalitesAcces;
        private List<String> modalitesAccompagnement;
        private List<String> dispositifProgrammesNationaux;
        private List<String> formationsLabels;
        private List<String> autresFormationsLabels;
        private String ficheAccesLibre;
        private String priseRdv;

        private Builder() {
        }

        public Builder pivot(String value) {
            this.pivot = value;
            return this;
        }

        public Builder nom(String value) {
            this.nom = value;
            return this;
        }

        public Builder commune(String value) {
            this.commune = value;
            return this;
        }

        public Builder codePostal(String value) {
            this.codePostal = value;
            return this;
        }

        public Builder codeInsee(String value) {
            this.codeInsee = value;
            return this;
        }

        public Builder adresse(String value) {
            this.adresse = value;
            return this;
        }

        public Builder complementAdresse(String value) {
            this.complementAdresse = value;
            return this;
        }

        public Builder latitude(Double value) {
            this.latitude = value;
            return this;
        }

        public Builder longitude(Double value) {
            this.longitude = value;
            return this;
        }

        public Builder typologie(List<String> value) {
            this.typologie = value;
            return this;
        }

        public Builder telephone(List<String> value) {
            this.telephone = value;
            return this;
        }

        public Builder courriels(List<String> value) {
            this.courriels = value;
            return this;
        }

        public Builder siteWeb(List<String> value) {
            this.siteWeb = value;
            return this;
        }

        public Builder horaires(String value) {
            this.horaires = value;
            return this;
        }

        public Builder presentationResume(String value) {
            this.presentationResume = value;
            return this;
        }

        public Builder presentationDetail(String value) {
            this.presentationDetail = value;
            return this;
        }

        public Builder source(String value) {
            this.source = value;
            return this;
        }

        public Builder structureParente(String value) {
            this.structureParente = value;
            return this;
        }

        public Builder dateMaj(LocalDate value) {
            this.dateMaj = value;
            return this;
        }

        public Builder services(List<String> value) {
            this.services = value;
            return this;
        }

        public Builder publicsSpecifiquementAdresses(List<String> value) {
            this.publicsSpecifiquementAdresses = value;
            return this;
        }

        public Builder priseEnChargeSpecifique(List<String> value) {
            this.priseEnChargeSpecifique = value;
            return this;
        }

        public Builder fraisACharge(List<String> value) {
            this.fraisACharge = value;
            return this;
        }

        public Builder itinerance(List<String> value) {
            this.itinerance = value;
            return this;
        }

        public Builder modalitesAcces(List<String> value) {
            this.modalitesAcces = value;
            return this;
        }

        public Builder modalitesAccompagnement(List<String> value) {
            this.modalitesAccompagnement = value;
            return this;
        }

        public Builder dispositifProgrammesNationaux(List<String> value) {
            this.dispositifProgrammesNationaux = value;
            return this;
        }

        public Builder formationsLabels(List<String> value) {
            this.formationsLabels = value;
            return this;
        }

        public Builder autresFormationsLabels(List<String> value) {
            this.autresFormationsLabels = value;
            return this;
        }

        public Builder ficheAccesLibre(String value) {
            this.ficheAccesLibre = value;
            return this;
        }

        public Builder priseRdv(String value) {
            this.priseRdv = value;
            return this;
        }

        public Builder typologie(String... values) {
            this.typologie = List.of(values);
            return this;
        }

        public Builder telephone(String... values) {
            this.telephone = List.of(values);
            return this;
        }

        public Builder courriels(String... values) {
            this.courriels = List.of(values);
            return this;
        }

        public Builder siteWeb(String... values) {
            this.siteWeb = List.of(values);
            return this;
        }

        public Builder services(String... values) {
            this.services = List.of(values);
            return this;
        }

        public Builder publicsSpecifiquementAdresses(String... values) {
            this.publicsSpecifiquementAdresses = List.of(values);
            return this;
        }

        public Builder priseEnChargeSpecifique(String... values) {
            this.priseEnChargeSpecifique = List.of(values);
            return this;
        }

        public Builder fraisACharge(String... values) {
            this.fraisACharge = List.of(values);
            return this;
        }

        public Builder itinerance(String... values) {
            this.itinerance = List.of(values);
            return this;
        }

        public Builder modalitesAcces(String... values) {
            this.modalitesAcces = List.of(values);
            return this;
        }

        public Builder modalitesAccompagnement(String... values) {
            this.modalitesAccompagnement = List.of(values);
            return this;
        }

        public Builder dispositifProgrammesNationaux(String... values) {
            this.dispositifProgrammesNationaux = List.of(values);
            return this;
        }

        public Builder formationsLabels(String... values) {
            this.formationsLabels = List.of(values);
            return this;
        }

        public Builder autresFormationsLabels(String... values) {
            this.autresFormationsLabels = List.of(values);
            return this;
        }

        public VenueDetails build() {
            return new VenueDetails(
                    pivot, nom, commune, codePostal, codeInsee, adresse, complementAdresse, latitude, longitude,
                    typologie, telephone, courriels, siteWeb, horaires, presentationResume, presentationDetail,
                    source, structureParente, dateMaj, services, publicsSpecifiquementAdresses,
                    priseEnChargeSpecifique, fraisACharge, itinerance, modalitesAcces, modalitesAccompagnement,
                    dispositifProgrammesNationaux, formationsLabels, autresFormationsLabels, ficheAccesLibre,
                    priseRdv);
        }
    }
}
