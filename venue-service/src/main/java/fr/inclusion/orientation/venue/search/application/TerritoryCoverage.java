package fr.inclusion.orientation.venue.search.application;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.venue.search.domain.CommuneCoverage;
import fr.inclusion.orientation.venue.search.domain.GeoPoint;
import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Fragility;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;

/**
 * The coverage of a territory by the offer for a service: for every commune, the nearest venue offering it (any
 * listed venue, intake paused or not: it is about where the offer is) and whether it is within reach.
 */
@Service
public class TerritoryCoverage {

    private final DirectoryIndex directory;
    private final Communes communes;
    private final FragilityIndex fragility;

    public TerritoryCoverage(DirectoryIndex directory, Communes communes, FragilityIndex fragility) {
        this.directory = directory;
        this.communes = communes;
        this.fragility = fragility;
    }

    /**
     * Every commune of the territory, neediest first ({@link CommuneCoverage#NEEDIEST_FIRST}).
     *
     * @throws UnknownTerritoryException when the territory has no commune in the reference data
     */
    public List<CommuneCoverage> of(String service, double maxKm, String territory) {
        List<Commune> inTerritory = communes.inTerritory(territory);
        if (inTerritory.isEmpty()) {
            throw new UnknownTerritoryException(territory);
        }
        Map<String, Fragility> fragilities = fragility.all();
        return inTerritory.stream()
                .map(commune -> CommuneCoverage.of(commune,
                        Optional.ofNullable(fragilities.get(commune.code())).map(Fragility::total),
                        directory.index().nearest(service, commune.code(),
                                new GeoPoint(commune.latitude(), commune.longitude())),
                        maxKm))
                .sorted(CommuneCoverage.NEEDIEST_FIRST)
                .toList();
    }
}
