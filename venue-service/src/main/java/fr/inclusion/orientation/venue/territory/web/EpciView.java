package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.inclusion.orientation.venue.territory.application.EpciProfile;
import fr.inclusion.orientation.venue.territory.domain.Epci;

/**
 * An EPCI in the API: {@code communes} and {@code population} are the whole EPCI's; {@code fragility} (absent until
 * an import) is the population-weighted mean of the IFN totals of its {@code communes} indexed communes.
 */
record EpciView(String siren, String nom, String departement, int communes, long population,
        @JsonInclude(JsonInclude.Include.NON_NULL) FragilityView fragility) {

    record FragilityView(double total, int communes) {
    }

    record ListView(List<EpciView> items, int total) {
    }

    static EpciView of(EpciProfile profile) {
        Epci e = profile.epci();
        return new EpciView(e.siren(), e.nom(), e.departement(), e.communes(), e.population(),
                profile.fragility() == null ? null
                        : new FragilityView(profile.fragility().total(), profile.fragility().communes()));
    }
}
