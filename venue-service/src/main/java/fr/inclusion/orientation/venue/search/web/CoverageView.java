package fr.inclusion.orientation.venue.search.web;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import fr.inclusion.orientation.venue.search.domain.CommuneCoverage;

/** {@code {service, maxKm, territory, covered, uncovered, items:[{code, nom, population, fragility?, nearestVenue?, covered}]}}. */
record CoverageView(String service, double maxKm, String territory, long covered, long uncovered,
        List<Item> items) {

    static CoverageView of(String service, double maxKm, String territory, List<CommuneCoverage> coverage) {
        long covered = coverage.stream().filter(CommuneCoverage::covered).count();
        return new CoverageView(service, maxKm, territory, covered, coverage.size() - covered,
                coverage.stream().map(Item::of).toList());
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Item(String code, String nom, long population, Double fragility, NearestVenue nearestVenue,
            boolean covered) {

        static Item of(CommuneCoverage coverage) {
            return new Item(coverage.commune().code(), coverage.commune().nom(), coverage.commune().population(),
                    coverage.fragility().orElse(null),
                    coverage.nearest().map(n -> new NearestVenue(n.venue().id(), n.venue().venue().details().nom(),
                            Math.round(n.distanceKm() * 100) / 100.0)).orElse(null),
                    coverage.covered());
        }
    }

    record NearestVenue(String id, String nom, double distanceKm) {
    }
}
