package fr.inclusion.orientation.referral.flows.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.index.IndexOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import com.mongodb.client.result.UpdateResult;

import fr.inclusion.orientation.referral.flows.domain.CoordinatorTerritory;
import fr.inclusion.orientation.referral.flows.domain.Escalation;
import fr.inclusion.orientation.referral.flows.domain.FlowFact;
import fr.inclusion.orientation.referral.flows.domain.FlowFacts;
import fr.inclusion.orientation.referral.flows.domain.FlowStatus;

/** The {@code flow_facts} collection: written only by referral events, read by the flows endpoints. */
@Repository
public class MongoFlowFacts implements FlowFacts, InitializingBean {

    private final MongoTemplate mongo;

    public MongoFlowFacts(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** A coordinator's query reads one territory over a period. */
    @Override
    public void afterPropertiesSet() {
        IndexOperations indexes = mongo.indexOps(FlowFactDocument.class);
        indexes.createIndex(new Index().on("departement", Sort.Direction.ASC).on("sentAt", Sort.Direction.ASC)
                .named("departement_sentAt"));
        indexes.createIndex(new Index().on("epciSiren", Sort.Direction.ASC).on("sentAt", Sort.Direction.ASC)
                .named("epciSiren_sentAt"));
        indexes.createIndex(new Index().on("departement", Sort.Direction.ASC).on("expiredAt", Sort.Direction.DESC)
                .named("departement_expiredAt"));
        indexes.createIndex(new Index().on("epciSiren", Sort.Direction.ASC).on("expiredAt", Sort.Direction.DESC)
                .named("epciSiren_expiredAt"));
    }

    /**
     * Applies an event's facts to its referral's row in one atomic upsert, unless the row already lists the event:
     * then the filter matches nothing, the insert hits the existing id (duplicate key) and nothing changes. Every
     * event only sets the facts it knows (a date, an outcome), so the row does not depend on the order events
     * arrive in; the status is then derived from the dates, even when the event was applied before.
     *
     * @return whether the event was applied (false: already applied before)
     */
    public boolean apply(String referralId, String eventId, long version, Map<String, Object> facts) {
        Update update = new Update();
        facts.forEach((field, value) -> {
            if (value != null) {
                update.set(field, value);
            }
        });
        update.addToSet("eventIds", eventId).max("version", version);
        boolean applied;
        try {
            UpdateResult result = mongo.upsert(query(where("_id").is(referralId).and("eventIds").ne(eventId)),
                    update, FlowFactDocument.class);
            applied = result.getModifiedCount() > 0 || result.getUpsertedId() != null;
        } catch (DuplicateKeyException alreadyApplied) {
            applied = false;
        }
        // Also for an event already applied: the status is a second write, which a store outage or a crash can lose
        // after the first; the event then comes again (its consumer retries it) and this repairs the status.
        deriveStatus(referralId);
        return applied;
    }

    /** The status and the expired flag the coordinators' queries filter on, derived from the row's dates. */
    private void deriveStatus(String referralId) {
        FlowFactDocument row = mongo.findById(referralId, FlowFactDocument.class);
        if (row == null) {
            return;
        }
        FlowStatus status = FlowFact.statusOf(row.acceptedAt(), row.declinedAt(), row.expiredAt(), row.cancelledAt(),
                row.closedAt());
        mongo.updateFirst(query(where("_id").is(referralId)),
                new Update().set("status", status.value()).set("expired", row.expiredAt() != null),
                FlowFactDocument.class);
    }

    @Override
    public List<FlowFact> sentIn(CoordinatorTerritory territory, Instant from, Instant to) {
        Criteria criteria = of(territory).and("sentAt").gte(from).lt(to);
        return mongo.find(query(criteria), FlowFactDocument.class).stream().map(MongoFlowFacts::fact).toList();
    }

    /**
     * Expiry and escalation are written together (ADR 0003), so a row expired before {@code escalatedAt} was
     * projected counts as escalated at its expiry; the period is read on the escalation date.
     */
    @Override
    public EscalationPage escalatedIn(CoordinatorTerritory territory, Instant from, Instant to, int page, int size) {
        Criteria criteria = of(territory).orOperator(where("escalatedAt").gte(from).lt(to),
                where("escalatedAt").exists(false).and("expiredAt").gte(from).lt(to));
        long total = mongo.count(query(criteria), FlowFactDocument.class);
        var rows = mongo.find(query(criteria).with(Sort.by(Sort.Order.desc("expiredAt"),
                Sort.Order.desc("escalatedAt"), Sort.Order.asc("_id"))).skip((long) page * size).limit(size),
                FlowFactDocument.class);
        return new EscalationPage(rows.stream().map(d -> new Escalation(d.referralId(), d.venueId(),
                d.communeCode(), d.epciSiren(), d.departement(), d.need(), d.sentAt(), d.expiredAt(),
                d.escalatedAt() != null ? d.escalatedAt() : d.expiredAt(), d.reroutedTo())).toList(), total);
    }

    private static Criteria of(CoordinatorTerritory territory) {
        Criteria criteria = territory.kind() == CoordinatorTerritory.Kind.DEPARTEMENT
                ? where("departement").is(territory.code())
                : where("epciSiren").is(territory.code());
        if (territory.kind() == CoordinatorTerritory.Kind.EPCI && territory.departement() != null) {
            criteria = criteria.and("departement").is(territory.departement());
        }
        return criteria;
    }

    /** The row as stored, for tests and diagnostics. */
    public java.util.Optional<FlowFact> byReferral(String referralId) {
        return java.util.Optional.ofNullable(mongo.findById(referralId, FlowFactDocument.class))
                .map(MongoFlowFacts::fact);
    }

    private static FlowFact fact(FlowFactDocument d) {
        return new FlowFact(d.referralId(), d.communeCode(), d.epciSiren(), d.departement(), d.need(), d.venueId(),
                d.week(), FlowFact.statusOf(d.acceptedAt(), d.declinedAt(), d.expiredAt(), d.cancelledAt(),
                        d.closedAt()),
                d.sentAt(), d.acceptedAt(), d.declinedAt(), d.expiredAt(), d.cancelledAt(), d.closedAt(),
                d.outcome(), d.declinedReason());
    }
}
