package fr.inclusion.orientation.venue.territory.application;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import tools.jackson.databind.JsonNode;

import fr.inclusion.orientation.venue.territory.domain.Communes;
import fr.inclusion.orientation.venue.territory.domain.Contour;
import fr.inclusion.orientation.venue.territory.domain.Contours;
import fr.inclusion.orientation.venue.territory.domain.RingSimplifier;

/**
 * Importing commune contours from a GeoJSON FeatureCollection (admins only). Each feature is taken whole or rejected
 * whole, with its index in {@code features} (from 0) and why; the INSEE code is its {@code code} property (or
 * {@code insee}, {@code code_insee}, {@code INSEE_COM}). Features of the same commune (communes merged since) are
 * joined. Each commune's contour is then simplified and written as one document (single-document upserts).
 */
@Service
public class ContourImport {

    private static final Logger log = LoggerFactory.getLogger(ContourImport.class);
    private static final List<String> CODE_PROPERTIES = List.of("code", "insee", "code_insee", "INSEE_COM");

    private final Communes communes;
    private final Contours contours;

    public ContourImport(Communes communes, Contours contours) {
        this.communes = communes;
        this.contours = contours;
    }

    public record RejectedFeature(int index, String reason) {
    }

    public record Result(int imported, List<RejectedFeature> rejected) {
    }

    /** @param features the {@code features} array of the collection */
    public Result importFeatures(JsonNode features) {
        Map<String, List<List<List<Double>>>> rings = new LinkedHashMap<>();
        List<RejectedFeature> rejected = new ArrayList<>();
        for (int i = 0; i < features.size(); i++) {
            try {
                Feature feature = read(features.get(i));
                rings.computeIfAbsent(feature.code(), c -> new ArrayList<>()).addAll(feature.rings());
            } catch (InvalidFeatureException e) {
                rejected.add(new RejectedFeature(i, e.getMessage()));
            }
        }
        List<Contour> read = rings.entrySet().stream().map(e -> new Contour(e.getKey(), e.getValue())).toList();
        contours.saveAll(read);
        log.info("Commune contours imported: {} commune(s), {} feature(s) rejected", read.size(), rejected.size());
        return new Result(read.size(), rejected);
    }

    private record Feature(String code, List<List<List<Double>>> rings) {
    }

    private Feature read(JsonNode feature) {
        if (feature == null || !feature.isObject() || !"Feature".equals(feature.path("type").asString(""))) {
            throw new InvalidFeatureException("ce n'est pas une Feature GeoJSON (« type »: « Feature » attendu)");
        }
        String code = code(feature.path("properties"));
        if (code == null) {
            throw new InvalidFeatureException("code INSEE absent : propriété « code » attendue");
        }
        if (communes.byCode(code).isEmpty()) {
            throw new InvalidFeatureException("commune " + code + " inconnue du référentiel");
        }
        JsonNode geometry = feature.path("geometry");
        String type = geometry.path("type").asString("");
        JsonNode coordinates = geometry.path("coordinates");
        List<List<List<Double>>> rings = new ArrayList<>();
        switch (type) {
            case "Polygon" -> addPolygon(coordinates, rings);
            case "MultiPolygon" -> {
                if (!coordinates.isArray() || coordinates.isEmpty()) {
                    throw new InvalidFeatureException("coordonnées absentes : liste de polygones attendue");
                }
                for (JsonNode polygon : coordinates) {
                    addPolygon(polygon, rings);
                }
            }
            default -> throw new InvalidFeatureException("géométrie absente ou non surfacique : Polygon ou MultiPolygon "
                    + "attendu" + (type.isEmpty() ? "" : ", pas « " + type + " »"));
        }
        return new Feature(code, rings);
    }

    private static String code(JsonNode properties) {
        for (String name : CODE_PROPERTIES) {
            JsonNode value = properties.path(name);
            if (value.isString() || value.isNumber()) {
                String code = value.asString().strip().toUpperCase(java.util.Locale.ROOT);
                if (!code.isEmpty()) {
                    return code;
                }
            }
        }
        return null;
    }

    private static void addPolygon(JsonNode polygon, List<List<List<Double>>> rings) {
        if (!polygon.isArray() || polygon.isEmpty()) {
            throw new InvalidFeatureException("coordonnées absentes : liste d'anneaux attendue");
        }
        for (JsonNode ring : polygon) {
            rings.add(RingSimplifier.simplify(positions(ring), RingSimplifier.TOLERANCE));
        }
    }

    private static List<double[]> positions(JsonNode ring) {
        if (!ring.isArray() || ring.size() < 4) {
            throw new InvalidFeatureException("anneau invalide : au moins 4 positions attendues");
        }
        List<double[]> positions = new ArrayList<>(ring.size());
        for (JsonNode position : ring) {
            if (!position.isArray() || position.size() < 2 || !position.get(0).isNumber()
                    || !position.get(1).isNumber()) {
                throw new InvalidFeatureException("position invalide : [longitude, latitude] attendu");
            }
            double lon = position.get(0).asDouble();
            double lat = position.get(1).asDouble();
            if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
                throw new InvalidFeatureException("position hors des coordonnées WGS84 : [" + lon + ", " + lat + "]");
            }
            positions.add(new double[] {lon, lat});
        }
        double[] first = positions.getFirst();
        double[] last = positions.getLast();
        if (first[0] != last[0] || first[1] != last[1]) {
            throw new InvalidFeatureException("anneau non fermé : la dernière position doit répéter la première");
        }
        return positions;
    }

    private static final class InvalidFeatureException extends RuntimeException {
        InvalidFeatureException(String reason) {
            super(reason, null, false, false);
        }
    }
}
