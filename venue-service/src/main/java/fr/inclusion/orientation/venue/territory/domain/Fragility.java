package fr.inclusion.orientation.venue.territory.domain;

/**
 * Indice de Fragilité Numérique of a commune, current model: each indicator and the total on 1..10, 10 = most
 * fragile. Indicators may be missing in the public file.
 */
public record Fragility(String communeCode, Double noThdCoverageRate, Double no4gCoverageRate, Double povertyRate,
        Double older65Rate, Double nscol15pRate, double total) {
}
