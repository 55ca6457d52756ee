package fr.inclusion.orientation.venue.proposal.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.venue.proposal.domain.ProposalFilter;
import fr.inclusion.orientation.venue.proposal.domain.ProposalPage;
import fr.inclusion.orientation.venue.proposal.domain.ProposalStatus;
import fr.inclusion.orientation.venue.proposal.domain.VenueProposal;
import fr.inclusion.orientation.venue.proposal.domain.VenueProposals;

/** Proposals in MongoDB; a decision is one update matching the proposal only while it is pending. */
@Repository
class MongoVenueProposals implements VenueProposals {

    private final MongoTemplate mongo;

    MongoVenueProposals(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public void add(VenueProposal proposal) {
        mongo.insert(ProposalDocument.of(proposal));
    }

    @Override
    public Optional<VenueProposal> byId(String id) {
        return Optional.ofNullable(mongo.findById(id, ProposalDocument.class)).map(ProposalDocument::toDomain);
    }

    @Override
    public boolean decide(VenueProposal decided) {
        Update update = new Update()
                .set("status", decided.status().value())
                .set("decidedBy", decided.decidedBy())
                .set("decidedAt", decided.decidedAt())
                .set("reason", decided.reason());
        return mongo.updateFirst(query(where("id").is(decided.id()).and("status").is(ProposalStatus.PENDING.value())),
                update, ProposalDocument.class).getModifiedCount() == 1;
    }

    @Override
    public void reopen(VenueProposal approved) {
        Update update = new Update()
                .set("status", ProposalStatus.PENDING.value())
                .unset("decidedBy")
                .unset("decidedAt")
                .unset("reason");
        mongo.updateFirst(query(where("id").is(approved.id()).and("status").is(approved.status().value())
                .and("decidedBy").is(approved.decidedBy())), update, ProposalDocument.class);
    }

    @Override
    public void markApplied(String id, long venueVersion) {
        mongo.updateFirst(query(where("id").is(id)), new Update().set("appliedVersion", venueVersion),
                ProposalDocument.class);
    }

    @Override
    public ProposalPage find(ProposalFilter filter, int page, int size) {
        List<Criteria> all = new ArrayList<>();
        if (filter.status() != null) {
            all.add(where("status").is(filter.status().value()));
        }
        if (filter.territory() != null) {
            all.add(new Criteria().orOperator(where("departement").is(filter.territory()),
                    where("epciSiren").is(filter.territory())));
        }
        Criteria criteria = all.isEmpty() ? new Criteria() : new Criteria().andOperator(all);
        long total = mongo.count(new Query(criteria), ProposalDocument.class);
        Query pageQuery = new Query(criteria)
                .with(Sort.by(Sort.Direction.ASC, "proposedAt", "id"))
                .skip((long) page * size)
                .limit(size);
        List<VenueProposal> items = mongo.find(pageQuery, ProposalDocument.class).stream()
                .map(ProposalDocument::toDomain).toList();
        return new ProposalPage(items, total);
    }
}
