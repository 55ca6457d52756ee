package fr.inclusion.orientation.venue.territory.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Contour;
import fr.inclusion.orientation.venue.territory.domain.Contours;

/** One document per commune in {@code contours}; each save is a single-document upsert. */
@Component
class MongoContours implements Contours {

    static final String COLLECTION = "contours";

    private final MongoTemplate mongo;

    MongoContours(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Map<String, Contour> ofCommunes(Collection<String> communeCodes) {
        Map<String, Contour> found = new LinkedHashMap<>();
        if (communeCodes.isEmpty()) {
            return found;
        }
        Query query = Query.query(Criteria.where("_id").in(communeCodes));
        for (ContourDocument document : mongo.find(query, ContourDocument.class, COLLECTION)) {
            found.put(document.id(), new Contour(document.id(), document.rings()));
        }
        return found;
    }

    @Override
    public void saveAll(Collection<Contour> contours) {
        for (Contour contour : contours) {
            mongo.save(new ContourDocument(contour.communeCode(), contour.rings()), COLLECTION);
        }
    }

    @Document(COLLECTION)
    record ContourDocument(@Id String id, List<List<List<Double>>> rings) {
    }
}
