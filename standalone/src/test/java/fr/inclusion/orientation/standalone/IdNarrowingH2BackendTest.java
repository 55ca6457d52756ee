package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.result.UpdateResult;

/**
 * Queries that pin {@code _id} beside other conditions give the same answers as before, now read through the
 * {@code _id} index: optimistic-locking updates, idempotent upserts, {@code $in} with a filter, sort and projection.
 */
class IdNarrowingH2BackendTest {

    @TempDir
    Path dataDir;

    @Test
    void recognisesQueriesThatPinTheIdBesideOtherConditions() {
        assertThat(IdNarrowingH2Backend.pinsIdAmongOthers(new de.bwaldvogel.mongo.bson.Document("_id", "a")
                .append("version", 3))).isTrue();
        assertThat(IdNarrowingH2Backend.pinsIdAmongOthers(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$in", List.of("a", "b"))).append("status", "sent"))).isTrue();
        assertThat(IdNarrowingH2Backend.pinsIdAmongOthers(new de.bwaldvogel.mongo.bson.Document("_id",
                new de.bwaldvogel.mongo.bson.Document("$gt", "a")).append("status", "sent"))).isFalse();
        assertThat(IdNarrowingH2Backend.pinsIdAmongOthers(new de.bwaldvogel.mongo.bson.Document("_id", "a")))
                .isFalse();
        assertThat(IdNarrowingH2Backend.pinsIdAmongOthers(new de.bwaldvogel.mongo.bson.Document("status", "sent")
                .append("version", 1))).isFalse();
    }

    @Test
    void conditionalUpdatesByIdAndVersionMatchOnlyTheVersionRead() throws Exception {
        try (MongoStore store = MongoStore.open(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> referrals = client.getDatabase("referral-service").getCollection("referrals");
            for (int i = 0; i < 50; i++) {
                referrals.insertOne(new Document("_id", "r" + i).append("version", 1).append("status", "sent"));
            }

            UpdateResult first = referrals.updateOne(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 1)),
                    Updates.combine(Updates.set("status", "accepted"), Updates.set("version", 2)));
            UpdateResult stale = referrals.updateOne(Filters.and(Filters.eq("_id", "r7"), Filters.eq("version", 1)),
                    Updates.combine(Updates.set("status", "declined"), Updates.set("version", 2)));

            assertThat(first.getMatchedCount()).isEqualTo(1);
            assertThat(stale.getMatchedCount()).isZero();
            assertThat(referrals.find(Filters.eq("_id", "r7")).first())
                    .containsEntry("status", "accepted").containsEntry("version", 2);
            assertThat(referrals.countDocuments(Filters.eq("status", "accepted"))).isEqualTo(1);
        }
    }

    @Test
    void idempotentUpsertsAppliesAnEventOnceAndCreatesMissingDocuments() throws Exception {
        try (MongoStore store = MongoStore.open(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> facts = client.getDatabase("referral-service").getCollection("flow_facts");
            facts.insertOne(new Document("_id", "other").append("eventIds", List.of("e0")));
            for (int attempt = 0; attempt < 3; attempt++) {
                try {
                    facts.updateOne(Filters.and(Filters.eq("_id", "r1"), Filters.ne("eventIds", "e1")),
                            Updates.combine(Updates.push("eventIds", "e1"), Updates.inc("count", 1)),
                            new com.mongodb.client.model.UpdateOptions().upsert(true));
                } catch (com.mongodb.MongoWriteException duplicate) {
                    // the redelivery: the upsert tries to insert r1 again and the _id index refuses it
                }
            }
            assertThat(facts.find(Filters.eq("_id", "r1")).first())
                    .containsEntry("count", 1).containsEntry("eventIds", List.of("e1"));
        }
    }

    @Test
    void inListsWithAFilterSortAndProjectionGiveTheSameAnswer() throws Exception {
        try (MongoStore store = MongoStore.open(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> referrals = client.getDatabase("referral-service").getCollection("referrals");
            for (int i = 0; i < 20; i++) {
                referrals.insertOne(new Document("_id", "r" + i).append("rank", i)
                        .append("status", i % 2 == 0 ? "sent" : "accepted").append("secret", "x"));
            }
            List<Document> found = referrals
                    .find(Filters.and(Filters.in("_id", "r1", "r2", "r4", "r5", "missing"), Filters.eq("status", "sent")))
                    .sort(Sorts.descending("rank")).projection(new Document("rank", 1))
                    .into(new ArrayList<>());

            assertThat(found).extracting(d -> d.get("_id")).containsExactly("r4", "r2");
            assertThat(found).allSatisfy(d -> assertThat(d).doesNotContainKey("secret"));
        }
    }
}
