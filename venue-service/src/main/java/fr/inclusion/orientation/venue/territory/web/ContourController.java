package fr.inclusion.orientation.venue.territory.web;

import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Pattern;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import fr.inclusion.orientation.venue.territory.application.ContourImport;
import fr.inclusion.orientation.venue.territory.application.ContourMap;

/**
 * {@code /api/territory/contours}: administrators import the communes' contours (a GeoJSON FeatureCollection);
 * coordinators and administrators read a territory's simplified contours to draw its map (see
 * {@code VenueEndpointRoles}).
 */
@RestController
@RequestMapping("/api/territory/contours")
class ContourController {

    private static final String TERRITORY = "(?i)\\d{2}|2[AB]|97\\d|98\\d|\\d{9}";
    private static final String DEPARTEMENT = "(?i)\\d{2}|2[AB]|97\\d|98\\d";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ContourImport contourImport;
    private final ContourMap map;

    ContourController(ContourImport contourImport, ContourMap map) {
        this.contourImport = contourImport;
        this.map = map;
    }

    @PostMapping(consumes = {"application/geo+json", "application/json"})
    @Operation(summary = "Importer les contours des communes (GeoJSON FeatureCollection, propriété « code » = code "
            + "INSEE)")
    ContourImportView importContours(@RequestBody byte[] body) {
        JsonNode collection;
        try {
            collection = JSON.readTree(body);
        } catch (JacksonException e) {
            throw invalid("Le fichier n'est pas un JSON valide.");
        }
        if (collection == null || !"FeatureCollection".equals(collection.path("type").asString(""))
                || !collection.path("features").isArray()) {
            throw invalid("Le fichier doit être une FeatureCollection GeoJSON avec une liste « features ».");
        }
        ContourImport.Result result = contourImport.importFeatures(collection.path("features"));
        return new ContourImportView(result.imported(), result.rejected().stream()
                .map(r -> new ContourImportView.Rejected(r.index(), r.reason())).toList());
    }

    @GetMapping
    ContourMapView contours(
            @RequestParam(required = false)
            @Pattern(regexp = DEPARTEMENT, message = "code de département attendu, par exemple 55, 2A ou 974")
            String departement,
            @RequestParam(required = false)
            @Pattern(regexp = TERRITORY, message = "code de département ou SIREN d'EPCI (9 chiffres) attendu")
            String territory) {
        String chosen = territory != null && !territory.isBlank() ? territory : departement;
        if (chosen == null || chosen.isBlank()) {
            throw new UploadException(HttpStatus.BAD_REQUEST, "missing-territory", "Territoire manquant",
                    "Indiquez le territoire : departement=55 ou territory=<SIREN de l'EPCI ou département>.");
        }
        List<ContourMapView.CommuneOutlineView> communes = map.of(chosen.strip().toUpperCase(Locale.ROOT))
                .stream().map(ContourMapView.CommuneOutlineView::of).toList();
        return new ContourMapView(communes, communes.size());
    }

    private static UploadException invalid(String detail) {
        return new UploadException(HttpStatus.BAD_REQUEST, "invalid-geojson", "Fichier GeoJSON invalide", detail);
    }
}
