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

    private static final int DOCUMENTS = 1_000;
    private static final List<String> COLLECTIONS = List.of("work_orders", "inbox");
    private static final String DESCRIPTION = "水槽下面的水管一直在滴水，地板已经湿了，请尽快安排师傅上门查看维修。";

    @TempDir
    Path dataDir;

    /**
     * A scan iterates the work orders from the root it started with (a search by a phrase, slow enough to last
     * seconds) while another connection writes the inbox, and H2 commits and compacts, moving the work orders' live
     * pages out of half-empty chunks. Unless the scan's version is in use, H2 frees such a chunk five commits after it
     * was emptied — under the scan, which then fails with "Chunk N not found" (h2database/h2database#4383), or with
     * "File corrupted in chunk N" once a new chunk has taken the freed space.
     * To reach in seconds what the platform's store reaches in minutes at 100,000 documents, the test gives H2 a page
     * cache of 1 MB (so the scan reads its pages from the file, as a store larger than its cache does), sets the
     * retention time (45 s from a chunk's writing) to 0, and commits and compacts every 10 ms, as a busy store commits
     * whenever its unsaved pages pass the auto-commit buffer; the fix must hold without any of these.
     */
    @Test
    void aLongScanSucceedsWhileOtherConnectionsWriteAndTheFileKeepsEveryWrite() throws Exception {
        Path file = dataDir.resolve("store.mv");
        MVStore store = new MVStore.Builder().fileName(file.toString()).cacheSize(1).open();
        store.setRetentionTime(0);
        ScheduledExecutorService committer = Executors.newSingleThreadScheduledExecutor();
        Queue<String> failures = new ConcurrentLinkedQueue<>();
        AtomicLong acknowledged = new AtomicLong();
        MongoServer server = new MongoServer(EmbeddedMongo.backend(store));
        String uri = uri(server);
        try (MongoClient scans = MongoClients.create(uri); MongoClient writes = MongoClients.create(uri)) {
            for (String name : COLLECTIONS) { // one after the other, so that their pages share chunks
                fill(writes.getDatabase("store").getCollection(name));
            }
            committer.scheduleWithFixedDelay(() -> {
                store.commit();
                store.compact(90, 1 << 20);
            }, 10, 10, TimeUnit.MILLISECONDS);

            AtomicBoolean running = new AtomicBoolean(true);
            ExecutorService threads = Executors.newFixedThreadPool(3);
            Future<?> scanner = threads.submit(() -> scan(scans.getDatabase("store").getCollection("work_orders"), running, failures));
            List<Future<?>> writers = new ArrayList<>();
            for (int seed = 0; seed < 2; seed++) {
                SplittableRandom random = new SplittableRandom(seed);
                writers.add(threads.submit(() -> write(writes.getDatabase("store"), random, running, acknowledged, failures)));
            }
            scanner.get(60, TimeUnit.SECONDS);
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

    private static void fill(MongoCollection<Document> collection) {
        collection.insertMany(IntStream.range(0, DOCUMENTS)
                .mapToObj(i -> new Document("_id", "doc-" + i).append("version", 0L).append("status", "SUBMITTED")
                        .append("description", DESCRIPTION.repeat(8)))
                .toList());
    }

    private static void scan(MongoCollection<Document> collection, AtomicBoolean running, Queue<String> failures) {
        try { // a few ms a document: every 维修 of the description is tried against the rest of it
            assertThat(collection.find(Filters.regex("description", ".*维修.*已办结")).into(new ArrayList<>())).isEmpty();
        } catch (RuntimeException e) {
            failures.add("scan of " + collection.getNamespace() + ": " + e.getMessage());
        } finally {
            running.set(false);
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
