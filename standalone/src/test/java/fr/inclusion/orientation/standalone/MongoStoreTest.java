package fr.inclusion.orientation.standalone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;

class MongoStoreTest {

    @TempDir
    Path dataDir;

    @Test
    void documentsAndUniqueIndexesSurviveARestartOfTheStore() throws Exception {
        try (MongoStore store = MongoStore.open(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> venues = client.getDatabase("venue-service").getCollection("venues");
            venues.createIndex(Indexes.ascending("slug"), new IndexOptions().unique(true));
            venues.insertOne(new Document("_id", "demo-revigny-mediatheque").append("slug", "mediatheque")
                    .append("commune", "55427"));
        }
        assertThat(Files.exists(dataDir.resolve("store.mv.db"))).isTrue();

        try (MongoStore store = MongoStore.open(dataDir, 0);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> venues = client.getDatabase("venue-service").getCollection("venues");
            Document venue = venues.find(new Document("_id", "demo-revigny-mediatheque")).first();
            assertThat(venue).isNotNull();
            assertThat(venue.getString("commune")).isEqualTo("55427");

            assertThatThrownBy(() -> venues.insertOne(new Document("_id", "other").append("slug", "mediatheque")))
                    .isInstanceOfSatisfying(MongoWriteException.class,
                            e -> assertThat(ErrorCategory.fromErrorCode(e.getCode()))
                                    .isEqualTo(ErrorCategory.DUPLICATE_KEY));
        }
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (MongoStore store = MongoStore.open(dataDir, 0)) {
            assertThat(store.connectionString()).startsWith("mongodb://127.0.0.1:");
            assertThat(store.port()).isPositive();
        }
    }
}
