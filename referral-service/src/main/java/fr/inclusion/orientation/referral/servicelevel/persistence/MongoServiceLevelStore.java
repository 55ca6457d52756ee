package fr.inclusion.orientation.referral.servicelevel.persistence;

import java.time.Duration;
import java.time.Instant;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

import fr.inclusion.orientation.referral.servicelevel.application.ServiceLevelStore;
import fr.inclusion.orientation.support.lease.MongoLeases;

/** The {@code scheduler_leases} collection. */
@Repository
public class MongoServiceLevelStore implements ServiceLevelStore {

    static final String LEASES = "scheduler_leases";

    private final MongoLeases leases;

    public MongoServiceLevelStore(MongoTemplate mongo) {
        this.leases = new MongoLeases(mongo, LEASES);
    }

    /** See {@link MongoLeases}: one findAndModify, the document inserted the first time only. */
    @Override
    public boolean tryLease(String name, String owner, Instant now, Duration ttl) {
        return leases.tryLease(name, owner, now, ttl);
    }
}
