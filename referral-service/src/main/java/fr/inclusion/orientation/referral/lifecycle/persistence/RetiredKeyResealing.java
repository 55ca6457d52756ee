package fr.inclusion.orientation.referral.lifecycle.persistence;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import fr.inclusion.orientation.referral.crypto.FieldCipher;
import fr.inclusion.orientation.referral.crypto.SealedValue;
import fr.inclusion.orientation.support.schedule.FixedDelayLoop;

/**
 * The re-encryption job of a key rotation (docs/OPERATIONS.md): every personal field still sealed with another key
 * than the active one is opened and sealed again with the active key, a batch of referrals at a time, each field by
 * one update conditional on the value it read, so a concurrent change of that field wins and two instances never
 * undo each other. Runs shortly after start, then every {@code orientation.crypto.reseal-every}. The gauge
 * {@value #METER} counts the referrals still holding a value sealed with a retired key, as of the last pass: when
 * it is 0 (and the backups made before the rotation have expired), the retired key can be removed.
 */
@Component
class RetiredKeyResealing extends FixedDelayLoop {

    static final String METER = "orientation.crypto.sealed.retired";

    private static final Logger log = LoggerFactory.getLogger(RetiredKeyResealing.class);
    private static final int BATCH = 200;

    private final MongoTemplate mongo;
    private final FieldCipher cipher;
    private final AtomicLong remaining = new AtomicLong();

    RetiredKeyResealing(MongoTemplate mongo, FieldCipher cipher, MeterRegistry meters,
            @Value("${orientation.crypto.reseal-every:1h}") Duration every) {
        super("reseal-retired-keys", Duration.ofSeconds(30), every);
        this.mongo = mongo;
        this.cipher = cipher;
        Gauge.builder(METER, remaining, AtomicLong::get)
                .description("Referrals holding a personal field sealed with a retired key, as of the last pass")
                .register(meters);
    }

    @Override
    protected void runOnce() {
        try {
            reseal();
        } catch (RuntimeException e) {
            log.warn("Re-sealing with the active key failed, retried at the next pass", e);
        }
    }

    /** One pass over the referrals in id order; returns how many fields were sealed again. */
    long reseal() {
        long resealed = 0;
        Object after = null;
        List<Document> page;
        do {
            Criteria criteria = sealedWithRetiredKeys();
            Query batch = query(after == null ? criteria : new Criteria().andOperator(criteria, where("_id").gt(after)))
                    .with(Sort.by("_id")).limit(BATCH);
            Arrays.stream(SealedField.values()).forEach(field -> batch.fields().include(field.path()));
            page = mongo.find(batch, Document.class, ReferralDocument.COLLECTION);
            for (Document referral : page) {
                resealed += reseal(referral);
                after = referral.get("_id");
            }
        } while (page.size() == BATCH);
        remaining.set(mongo.count(query(sealedWithRetiredKeys()), ReferralDocument.COLLECTION));
        if (resealed > 0) {
            log.info("Sealed {} personal fields again with key {}; {} referrals still hold a retired key", resealed,
                    cipher.activeKeyId(), remaining.get());
        }
        return resealed;
    }

    private int reseal(Document referral) {
        String id = referral.get("_id").toString();
        int changed = 0;
        for (SealedField field : SealedField.values()) {
            Document sealed = referral.getEmbedded(List.of(field.path().split("\\.")), Document.class);
            if (sealed != null && !cipher.activeKeyId().equals(sealed.getString("keyId"))) {
                changed += reseal(id, field, new SealedValue(sealed.getString("keyId"), sealed.getString("data")));
            }
        }
        return changed;
    }

    private int reseal(String id, SealedField field, SealedValue old) {
        String plain;
        try {
            plain = cipher.open(old, field.context(id));
        } catch (IllegalStateException e) {
            // the key is not configured or the value does not open: leave it, counted in the gauge, for a person
            log.warn("Referral {}: {} cannot be sealed again: {}", id, field.path(), e.getMessage());
            return 0;
        }
        SealedValue again = cipher.seal(plain, field.context(id));
        long updated = mongo.updateFirst(query(where("_id").is(id).and(field.path() + ".data").is(old.data())),
                new Update().set(field.path() + ".keyId", again.keyId()).set(field.path() + ".data", again.data()),
                ReferralDocument.COLLECTION).getModifiedCount();
        return (int) updated;
    }

    private Criteria sealedWithRetiredKeys() {
        return new Criteria().orOperator(Arrays.stream(SealedField.values())
                .map(field -> where(field.path() + ".keyId").nin(cipher.activeKeyId(), null))
                .toArray(Criteria[]::new));
    }
}
