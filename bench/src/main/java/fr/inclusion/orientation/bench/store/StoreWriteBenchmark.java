package fr.inclusion.orientation.bench.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.bson.Document;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;

import fr.inclusion.orientation.standalone.MongoStore;

/**
 * What committing every write costs the standalone store: single inserts through the real driver, each acknowledged
 * before the next, against the store with MVStore's delayed commits (the library's behaviour) and with a commit
 * before each answer (the store's behaviour); one client thread, then 8 at once. The store runs in this JVM on a
 * fresh H2 file per run; median of 3 runs.
 *
 * <p>Usage: {@code StoreWriteBenchmark <out.md> [writes]}; not part of the tests.
 */
public final class StoreWriteBenchmark {

    private static final int RUNS = 3;
    private static final int WARM_UP = 500;
    private static final String PADDING = "x".repeat(600);

    private StoreWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        int writes = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        StringBuilder table = new StringBuilder("""
                | commits | client threads | writes/s (median of 3) | runs (writes/s) |
                |---|---:|---:|---|
                """);
        for (int threads : new int[] {1, 8}) {
            for (boolean commitEachWrite : new boolean[] {false, true}) {
                List<Double> rates = new ArrayList<>();
                for (int run = 0; run < RUNS; run++) {
                    rates.add(run(commitEachWrite, threads, writes));
                }
                List<Double> sorted = rates.stream().sorted().toList();
                table.append(String.format(Locale.ROOT, "| %s | %d | **%,.0f** | %s |%n",
                        commitEachWrite ? "before each answer" : "delayed (≤ 1 s, MVStore's writer)", threads,
                        sorted.get(RUNS / 2), String.join(", ", rates.stream()
                                .map(r -> String.format(Locale.ROOT, "%,.0f", r)).toList())));
            }
        }
        Files.writeString(out, table, StandardCharsets.UTF_8);
        System.out.print(table);
    }

    private static double run(boolean commitEachWrite, int threads, int writes) throws Exception {
        Path dir = Files.createTempDirectory("store-bench");
        try (MongoStore store = MongoStore.open(dir, 0, commitEachWrite);
                MongoClient client = MongoClients.create(store.connectionString())) {
            MongoCollection<Document> referrals = client.getDatabase("bench").getCollection("referrals");
            insert(referrals, WARM_UP);
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                long start = System.nanoTime();
                List<Future<?>> done = new ArrayList<>();
                for (int t = 0; t < threads; t++) {
                    done.add(pool.submit(() -> insert(referrals, writes / threads)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
                double seconds = (System.nanoTime() - start) / 1e9;
                return (writes / threads) * threads / seconds;
            } finally {
                pool.shutdown();
            }
        } finally {
            delete(dir);
        }
    }

    /** A document the size of a stored referral with its outbox entry (about 1 KB). */
    private static Void insert(MongoCollection<Document> referrals, int count) {
        for (int i = 0; i < count; i++) {
            referrals.insertOne(new Document("_id", UUID.randomUUID().toString()).append("status", "SENT")
                    .append("venueId", "bench-venue").append("payload", PADDING)
                    .append("outbox", List.of(new Document("type", "ReferralSent").append("sent", false))));
        }
        return null;
    }

    private static void delete(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
