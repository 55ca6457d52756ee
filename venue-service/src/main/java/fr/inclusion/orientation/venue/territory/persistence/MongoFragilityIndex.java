package fr.inclusion.orientation.venue.territory.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import fr.inclusion.orientation.venue.territory.domain.Fragility;
import fr.inclusion.orientation.venue.territory.domain.FragilityIndex;

/** One document per commune in {@code fragility}; each save is a single-document upsert. */
@Component
class MongoFragilityIndex extends CommuneDocuments<MongoFragilityIndex.FragilityDocument, Fragility>
        implements FragilityIndex {

    static final String COLLECTION = "fragility";

    MongoFragilityIndex(MongoTemplate mongo) {
        super(mongo, COLLECTION, FragilityDocument.class, FragilityDocument::id);
    }

    @Override
    FragilityDocument toDocument(Fragility f) {
        return new FragilityDocument(f.communeCode(), f.noThdCoverageRate(), f.no4gCoverageRate(), f.povertyRate(),
                f.older65Rate(), f.nscol15pRate(), f.total());
    }

    @Override
    Fragility toDomain(FragilityDocument d) {
        return new Fragility(d.id(), d.noThdCoverageRate(), d.no4gCoverageRate(), d.povertyRate(), d.older65Rate(),
                d.nscol15pRate(), d.total());
    }

    @Document(COLLECTION)
    record FragilityDocument(@Id String id, Double noThdCoverageRate, Double no4gCoverageRate, Double povertyRate,
            Double older65Rate, Double nscol15pRate, double total) {
    }
}
