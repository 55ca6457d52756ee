package fr.inclusion.orientation.venue.territory.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A collection of one document per commune, {@code _id} its INSEE code, each save a single-document upsert: what
 * {@link MongoContours} and {@link MongoFragilityIndex} share.
 *
 * @param <D> the stored document
 * @param <T> the domain value it holds
 */
abstract class CommuneDocuments<D, T> {

    private final MongoTemplate mongo;
    private final String collection;
    private final Class<D> documentType;
    private final Function<D, String> communeCode;

    CommuneDocuments(MongoTemplate mongo, String collection, Class<D> documentType, Function<D, String> communeCode) {
        this.mongo = mongo;
        this.collection = collection;
        this.documentType = documentType;
        this.communeCode = communeCode;
    }

    abstract D toDocument(T value);

    abstract T toDomain(D document);

    public Optional<T> of(String code) {
        return Optional.ofNullable(mongo.findById(code, documentType, collection)).map(this::toDomain);
    }

    public Map<String, T> all() {
        return byCommune(mongo.findAll(documentType, collection));
    }

    /** One query for a page or a territory instead of one per commune. */
    public Map<String, T> ofCommunes(Collection<String> communeCodes) {
        if (communeCodes.isEmpty()) {
            return new LinkedHashMap<>();
        }
        return byCommune(mongo.find(Query.query(Criteria.where("_id").in(communeCodes)), documentType, collection));
    }

    public void saveAll(Collection<T> values) {
        for (T value : values) {
            mongo.save(toDocument(value), collection);
        }
    }

    private Map<String, T> byCommune(Collection<D> documents) {
        Map<String, T> found = new LinkedHashMap<>();
        for (D document : documents) {
            found.put(communeCode.apply(document), toDomain(document));
        }
        return found;
    }
}
