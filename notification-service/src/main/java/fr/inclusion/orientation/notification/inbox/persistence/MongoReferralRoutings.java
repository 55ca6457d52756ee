package fr.inclusion.orientation.notification.inbox.persistence;

import java.util.Optional;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.notification.inbox.domain.ReferralRouting;
import fr.inclusion.orientation.notification.inbox.domain.ReferralRoutings;

@Repository
class MongoReferralRoutings implements ReferralRoutings {

    private final MongoTemplate mongo;

    MongoReferralRoutings(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void remember(ReferralRouting routing) {
        // save() replaces by id: an upsert, so a redelivered ReferralSent rewrites the same document.
        mongo.save(ReferralRoutingDocument.of(routing));
    }

    @Override
    public Optional<ReferralRouting> find(String referralId) {
        return Optional.ofNullable(mongo.findById(referralId, ReferralRoutingDocument.class))
                .map(ReferralRoutingDocument::toDomain);
    }
}
