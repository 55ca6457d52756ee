package fr.inclusion.orientation.venue.territory.domain;

/**
 * Indice de Fragilité Numérique of a commune, current model: each indicator and the total on 1..10, 10 = most
 * fragile. Indicators may be missing in the public file. A total of 0 means the index could not be computed: the
 * public file writes every value 0 for the communes without inhabitants (the "villages morts pour la France").
 */
public record Fragility(String communeCode, Double noThdCoverageRate, Double no4gCoverageRate, Double povertyRate,
        Double older65Rate, Double nscol15pRate, double total) {

    /** The public file's line for a commune without an index. */
    public static Fragility notComputed(String communeCode) {
        return new Fragility(communeCode, null, null, null, null, null, 0);
    }

    /** False for a commune whose index could not be computed (no inhabitants): its total is no score. */
    public boolean computed() {
        return total >= 1;
    }
}
