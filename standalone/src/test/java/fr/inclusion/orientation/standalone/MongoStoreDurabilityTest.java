package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

/**
 * What a {@code 201} promises: a write the store acknowledged is in its file when the store is killed with SIGKILL
 * right after, as the chaos run kills it. The store runs in a JVM of its own, as the launcher runs it.
 */
class MongoStoreDurabilityTest {

    private static final int WRITES = 300;

    @TempDir
    Path dir;

    @Test
    void everyAcknowledgedWriteSurvivesASigkillOfTheStoreRightAfterIt() throws Exception {
        Path data = dir.resolve("store");
        List<String> ids = new ArrayList<>();
        String lastId;
        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store-1.log"))) {
            try (MongoClient client = MongoClients.create(store.connectionString())) {
                MongoCollection<Document> referrals = client.getDatabase("referral-service").getCollection("referrals");
                for (int i = 0; i < WRITES; i++) {
                    String id = UUID.randomUUID().toString();
                    referrals.insertOne(new Document("_id", id).append("status", "SENT").append("n", i)
                            .append("outbox", List.of(new Document("type", "ReferralSent").append("sent", false))));
                    ids.add(id);
                }
                lastId = ids.getLast();
                // the two other shapes of the services' writes: a findAndModify and an update by id and version
                referrals.findOneAndUpdate(Filters.and(Filters.eq("_id", lastId), Filters.eq("status", "SENT")),
                        Updates.set("status", "ACCEPTED"));
                referrals.updateOne(Filters.eq("_id", ids.getFirst()), Updates.set("outbox.0.sent", true));
                store.kill();
            }
        }

        try (StoreProcess store = StoreProcess.start(data, dir.resolve("store-2.log"));
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> referrals = client.getDatabase("referral-service").getCollection("referrals");

            List<String> stored = referrals.find().map(d -> d.getString("_id")).into(new ArrayList<>());
            assertThat(stored).containsExactlyInAnyOrderElementsOf(ids);
            assertThat(referrals.find(Filters.eq("_id", lastId)).first()).containsEntry("status", "ACCEPTED");
            assertThat(referrals.find(Filters.eq("_id", ids.getFirst())).first().getList("outbox", Document.class))
                    .singleElement().satisfies(entry -> assertThat(entry).containsEntry("sent", true));
        }
    }
}
