package fr.inclusion.orientation.venue.territory.persistence;

import java.util.List;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Contour;
import fr.inclusion.orientation.venue.territory.domain.Contours;

/** One document per commune in {@code contours}; each save is a single-document upsert. */
@Component
class MongoContours extends CommuneDocuments<MongoContours.ContourDocument, Contour> implements Contours {

    static final String COLLECTION = "contours";

    MongoContours(MongoTemplate mongo) {
        super(mongo, COLLECTION, ContourDocument.class, ContourDocument::id);
    }

    @Override
    ContourDocument toDocument(Contour contour) {
        return new ContourDocument(contour.communeCode(), contour.rings());
    }

    @Override
    Contour toDomain(ContourDocument document) {
        return new Contour(document.id(), document.rings());
    }

    @Document(COLLECTION)
    record ContourDocument(@Id String id, List<List<List<Double>>> rings) {
    }
}
