package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.inclusion.orientation.venue.territory.application.CommuneProfile;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Fragility;

/** A commune in the API; {@code fragility} is absent until an IFN file covering it was imported. */
record CommuneView(String code, String nom, List<String> codesPostaux, long population, EpciRef epci,
        double latitude, double longitude, @JsonInclude(JsonInclude.Include.NON_NULL) FragilityView fragility) {

    record EpciRef(String siren, String nom) {
    }

    /**
     * The IFN total and indicators, 1..10, 10 = most fragile; an indicator missing from the file is null, and so is
     * the total of a commune whose index could not be computed (no inhabitants).
     */
    record FragilityView(Double total, Double noThdCoverageRate, Double no4gCoverageRate, Double povertyRate,
            Double older65Rate, Double nscol15pRate) {

        static FragilityView of(Fragility f) {
            return f == null ? null : new FragilityView(f.computed() ? f.total() : null, f.noThdCoverageRate(),
                    f.no4gCoverageRate(), f.povertyRate(), f.older65Rate(), f.nscol15pRate());
        }
    }

    static CommuneView of(CommuneProfile profile) {
        Commune c = profile.commune();
        EpciRef epci = c.epciSiren().isBlank() ? null : new EpciRef(c.epciSiren(), c.epciNom());
        return new CommuneView(c.code(), c.nom(), c.codesPostaux(), c.population(), epci, c.latitude(),
                c.longitude(), FragilityView.of(profile.fragility()));
    }
}
