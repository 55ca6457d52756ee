package fr.inclusion.orientation.venue.territory.persistence;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Fragility;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;

/** One document per commune in {@code fragility}; each save is a single-document upsert. */
@Component
class MongoFragilityIndex implements FragilityIndex {

    static final String COLLECTION = "fragility";

    private final MongoTemplate mongo;

    MongoFragilityIndex(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<Fragility> of(String communeCode) {
        return Optional.ofNullable(mongo.findById(communeCode, FragilityDocument.class, COLLECTION))
                .map(FragilityDocument::toDomain);
    }

    @Override
    public Map<String, Fragility> all() {
        Map<String, Fragility> all = new LinkedHashMap<>();
        for (FragilityDocument document : mongo.findAll(FragilityDocument.class, COLLECTION)) {
            all.put(document.id(), document.toDomain());
        }
        return all;
    }

    /** One query for a page or a territory instead of one per commune. */
    @Override
    public Map<String, Fragility> ofCommunes(Collection<String> communeCodes) {
        Map<String, Fragility> found = new LinkedHashMap<>();
        if (communeCodes.isEmpty()) {
            return found;
        }
        Query query = Query.query(Criteria.where("_id").in(communeCodes));
        for (FragilityDocument document : mongo.find(query, FragilityDocument.class, COLLECTION)) {
            found.put(document.id(), document.toDomain());
        }
        return found;
    }

    @Override
    public void saveAll(Collection<Fragility> fragilities) {
        for (Fragility fragility : fragilities) {
            mongo.save(FragilityDocument.of(fragility), COLLECTION);
        }
    }

    @Document(COLLECTION)
    record FragilityDocument(@Id String id, Double noThdCoverageRate, Double no4gCoverageRate, Double povertyRate,
            Double older65Rate, Double nscol15pRate, double total) {

        static FragilityDocument of(Fragility f) {
            return new FragilityDocument(f.communeCode(), f.noThdCoverageRate(), f.no4gCoverageRate(),
                    f.povertyRate(), f.older65Rate(), f.nscol15pRate(), f.total());
        }

        Fragility toDomain() {
            return new Fragility(id, noThdCoverageRate, no4gCoverageRate, povertyRate, older65Rate, nscol15pRate,
                    total);
        }
    }
}
