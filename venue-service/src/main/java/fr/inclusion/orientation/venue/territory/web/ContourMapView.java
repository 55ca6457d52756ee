package fr.inclusion.orientation.venue.territory.web;

import java.util.List;

import fr.inclusion.orientation.venue.territory.application.ContourMap;

/**
 * {@code {communes:[{code, nom, epci, epciNom, fragility, rings}], count}}: fragility is the IFN total when imported
 * and computed, else null; rings are closed lists of {@code [longitude, latitude]} (outer boundaries and holes).
 */
record ContourMapView(List<CommuneOutlineView> communes, int count) {

    record CommuneOutlineView(String code, String nom, String epci, String epciNom, Double fragility,
            List<List<List<Double>>> rings) {

        static CommuneOutlineView of(ContourMap.CommuneOutline outline) {
            var commune = outline.commune();
            Double fragility = outline.fragility() != null && outline.fragility().computed()
                    ? outline.fragility().total() : null;
            return new CommuneOutlineView(commune.code(), commune.nom(), commune.epciSiren(), commune.epciNom(),
                    fragility, outline.contour().rings());
        }
    }
}
