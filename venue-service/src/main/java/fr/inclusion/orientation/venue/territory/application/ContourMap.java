package fr.inclusion.orientation.venue.territory.application;

import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

import fr.inclusion.orientation.venue.territory.domain.Commune;
import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Contour;
import fr.inclusion.orientation.venue.territory.domain.Contours;
import fr.inclusion.orientation.venue.territory.domain.Fragility;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;

/** The map of a territory: its communes that have a contour, with their EPCI and fragility index, if imported. */
@Service
public class ContourMap {

    private final Communes communes;
    private final Contours contours;
    private final FragilityIndex index;

    public ContourMap(Communes communes, Contours contours, FragilityIndex index) {
        this.communes = communes;
        this.contours = contours;
        this.index = index;
    }

    public record CommuneOutline(Commune commune, Fragility fragility, Contour contour) {
    }

    /** @param territory a département code or an EPCI SIREN */
    public List<CommuneOutline> of(String territory) {
        List<Commune> inside = communes.inTerritory(territory);
        List<String> codes = inside.stream().map(Commune::code).toList();
        Map<String, Contour> outlines = contours.ofCommunes(codes);
        Map<String, Fragility> fragilities = index.ofCommunes(codes);
        return inside.stream().filter(c -> outlines.containsKey(c.code()))
                .map(c -> new CommuneOutline(c, fragilities.get(c.code()), outlines.get(c.code()))).toList();
    }
}
