package io.propertyops.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import org.bson.Document;
import org.h2.mvstore.MVStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;

import de.bwaldvogel.mongo.MongoServer;

/** The embedded MongoDB's H2 store under the platform's kind of load: full scans on some connections, writes on others. */
class EmbeddedMongoStoreTest {

    private static final int DOCUMENTS = 5_000;
    private static final int SCANS = 2;
    private static final List<String> COLLECTIONS = List.of("work_orders", "inbox");
    private static final String DESCRIPTION = "水槽下面的水管一直在滴水，地板已经湿了，请尽快安排师傅上门查看维修。";

    @TempDir
    Path dataDir;

    /**
     * A scan iterates the work orders from the root it started with (a search by a phrase, slow enough to last many
     * seconds) while another connection writes the inbox, and H2 compacts in the background, moving the work orders'
     * live pages out of half-empty chunks. Unless the scan's version is in use, H2 frees such a chunk five commits
     * after it was emptied — under the scan, which then fails with "Chunk N not found" (h2database/h2database#4383).
     * To reach in seconds what the platform's store reaches in minutes, the test sets the retention time (45 s from a
     * chunk's writing) to 0 and commits every 10 ms, as a busy store does when its unsaved pages pass the auto-commit
     * buffer; the fix must hold without either.
     */
    @Test
    void aLongScanSucceedsWhileOtherConnectionsWriteAndTheFileKeepsEveryWrite() throws Exception {
        Path file = dataDir.resolve("store.mv");
        MVStore store = EmbeddedMongo.open(file, Runtime.getRuntime().maxMemory());
        store.setRetentionTime(0);
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor();
        committer.scheduleWithFixedDelay(store::commit, 10, 10, TimeUnit.MILLISECONDS);
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong acknowledged = new AtomicLong();
        MongoServer server = new MongoServer(EmbeddedMongo.backend(store));
        String uri = uri(server);
        try (MongoClient scans = MongoClients.create(uri); MongoClient writes = MongoClients.create(uri)) {
            for (int from = 0; from < DOCUMENTS; from += 1_000) { // interleaved, so that their pages share chunks
                for (String name : COLLECTIONS) {
                    fill(writes.getDatabase("store").getCollection(name), from);
                }
            }

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(3);
            Future<?> scanner = threads.submit(() -> scan(scans.getDatabase("store").getCollection("work_orders"), running, failures));
            List<Future<?>> writers = new ArrayList<>();
            for (int seed = 0; seed < 2; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                writers.add(threads.submit(() -> write(writes.getDatabase("store"), random, running, acknowledged, failures)));
            }
            scanner.get(120, TimeUnit.SECONDS);
            running.set(false);
            for (Future<?> writer : writers) {
                writer.get(60, TimeUnit.SECONDS);
            }
            threads.shutdown();
        } finally {
            committer.shutdown(); // not shutdownNow: an interrupt inside a commit's file write closes H2's channel
            committer.awaitTermination(10, TimeUnit.SECONDS);
            server.shutdownNow(); // closes the H2 store
        }

        MongoServer reopened = new MongoServer(EmbeddedMongo.backend(EmbeddedMongo.open(file, Runtime.getRuntime().maxMemory())));
        try (MongoClient client = MongoClients.create(uri(reopened))) {
            MongoDatabase database = client.getDatabase("store");
            long versions = 0;
            for (String name : COLLECTIONS) {
                assertThat(database.getCollection(name).countDocuments()).as(name).isEqualTo(DOCUMENTS);
                for (Document document : database.getCollection(name).find()) {
                    versions += document.getLong("version");
                }
            }
            assertThat(versions).as("every acknowledged update, once").isEqualTo(acknowledged.get());
        } finally {
            reopened.shutdownNow();
        }
        assertThat(failures).isEmpty();
    }

    private static String uri(MongoServer server) {
        return "mongodb://127.0.0.1:" + server.bind().getPort();
    }

    private static void fill(MongoCollection<Document> collection, int from) {
        collection.insertMany(IntStream.range(from, from + 1_000)
                .mapToObj(i -> new Document("_id", "doc-" + i).append("version", 0L).append("status", "SUBMITTED")
                        .append("description", DESCRIPTION.repeat(8)))
                .toList());
    }

    private static void scan(MongoCollection<Document> collection, AtomicBoolean running, Queue<String> failures) {
        for (int i = 0; i < SCANS && running.get(); i++) {
            try {
                assertThat(collection.find(Filters.regex("description", ".*维修.*已办结")).into(new ArrayList<>())).isEmpty();
            } catch (RuntimeException e) {
                failures.add("scan " + i + " of " + collection.getNamespace() + ": " + e.getMessage());
                running.set(false);
            }
        }
    }

    private static void write(MongoDatabase database, SplittableRandom random, AtomicBoolean running, AtomicLong acknowledged,
            Queue<String> failures) {
        while (running.get()) {
            MongoCollection<Document> collection = database.getCollection("inbox");
            String id = "doc-" + random.nextInt(DOCUMENTS);
            try {
                collection.updateOne(Filters.eq("_id", id), Updates.combine(Updates.inc("version", 1L),
                        Updates.set("description", DESCRIPTION.repeat(4 + random.nextInt(8)))));
                acknowledged.incrementAndGet();
            } catch (RuntimeException e) {
                failures.add("update of " + id + ": " + e.getMessage());
                running.set(false);
            }
        }
    }
}
