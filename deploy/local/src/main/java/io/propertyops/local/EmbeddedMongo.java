package io.propertyops.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.bson.Document;
import de.bwaldvogel.mongo.wire.message.MongoQuery;
import io.netty.channel.Channel;
import org.h2.mvstore.MVStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * The embedded MongoDB of the local platform, run as its own process: mongo-java-server on an H2
 * file, so the data survives a restart.
 *
 * <pre>java -cp &lt;launcher classpath&gt; io.propertyops.local.EmbeddedMongo &lt;port&gt; &lt;file.mv&gt;</pre>
 *
 * It listens on 127.0.0.1 only. SIGTERM (or Ctrl-C) closes the H2 store, which writes what is still
 * pending; a SIGKILL loses at most the writes of the last auto-commit interval (about a second).
 * With {@code -Dpropertyops.exitWithParent=true} it also stops when the process that started it ends.
 */
public final class EmbeddedMongo {

    /** Printed once the server accepts connections; the launcher's logs show it. */
    static final String READY = "EmbeddedMongo ready";

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMongo.class);

    private EmbeddedMongo() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            log.error("usage: EmbeddedMongo <port> <h2 file, e.g. .local/mongo/propertyops.mv>");
            System.exit(2);
        }
        int port = Integer.parseInt(args[0]);
        Path file = Path.of(args[1]).toAbsolutePath();
        Files.createDirectories(file.getParent());

        MVStore store = open(file, Runtime.getRuntime().maxMemory());
        log.info("H2 page cache {} MB of a {} MB heap", store.getCacheSize(), Runtime.getRuntime().maxMemory() >> 20);
        MongoServer server = new MongoServer(backend(store));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            log.info("EmbeddedMongo stopping: closing {}", file);
            server.shutdownNow(); // closes the clients, then the backend, which closes the H2 store
            log.info("EmbeddedMongo stopped");
            stopped.countDown();
        }, "embedded-mongo-shutdown"));

        server.bind("127.0.0.1", port);
        log.info("{} on mongodb://127.0.0.1:{} (H2 file {})", READY, port, file);

        if (Boolean.getBoolean("propertyops.exitWithParent")) {
            ProcessHandle.current().parent().ifPresent(parent -> parent.onExit().thenRun(() -> {
                log.info("EmbeddedMongo: the launcher (pid {}) is gone", parent.pid());
                System.exit(0);
            }));
        }
        stopped.await();
    }

    /**
     * The H2 store as {@code new H2Backend(fileName)} opens it, with a page cache of a quarter of the heap instead of
     * H2's 16 MB default: with 100,000 open work orders every scan of the default cache re-read and decoded pages
     * from the file. A quarter leaves the rest of the heap for the documents a query or an update holds at once
     * (a 2 GB heap: about 500 MB of cache, as the JVM reports its heap less a survivor space).
     */
    static MVStore open(Path file, long maxHeapBytes) {
        return new MVStore.Builder().fileName(file.toString()).cacheSize(cacheSizeMb(maxHeapBytes)).open();
    }

    /**
     * mongo-java-server's H2 backend with every command run under a registered version of the store
     * ({@link MVStore#registerVersionUsage()}), as H2's own transactions do.
     * <p>
     * A query, update, count or index build iterates a collection's map with a cursor from the root it started with.
     * Meanwhile other connections write other collections, H2's background thread commits (a new version each time)
     * and compacts, moving the live pages of half-empty chunks, the scanned collection's among them, to new chunks.
     * H2 frees a chunk that holds no live page once it is older than the retention time (45 s from its writing) and
     * was emptied before the oldest version still in use; with nothing registered that is just five commits ago
     * ({@code versionsToKeep}). A scan that outlasts five commits then reads a page of a freed chunk and fails with
     * "Chunk N not found" (h2database/h2database#4383; the bench's store scenario hit it at 100,000 documents).
     * Registered, the version a command started in stays in use until it ends, so no chunk its cursor can reach is
     * freed under it; H2 frees it at the first commit after. That is the only cost: the file keeps the chunks emptied
     * during the longest running command a little longer.
     * <p>
     * The other cures reported do not close the window or give up durability: a longer retention time counts from a
     * chunk's writing, not from its emptying, so an old chunk emptied under a scan is still freed five commits later;
     * more {@code versionsToKeep} only widens the window in commits, and a busy store commits more often than once a
     * second (whenever its unsaved pages pass the auto-commit buffer); turning auto-commit off would lose every write
     * since the last explicit commit on a SIGKILL. Auto-commit stays on, so a SIGKILL still loses at most the last
     * second of writes.
     */
    static H2Backend backend(MVStore store) {
        return new H2Backend(store) {
            @Override
            public Document handleCommand(Channel channel, String database, String command, Document query) {
                MVStore.TxCounter inUse = store.registerVersionUsage();
                try {
                    return super.handleCommand(channel, database, command, query);
                } finally {
                    store.deregisterVersionUsage(inUse);
                }
            }

            @Override
            public QueryResult handleQuery(MongoQuery query) {
                MVStore.TxCounter inUse = store.registerVersionUsage();
                try {
                    return super.handleQuery(query);
                } finally {
                    store.deregisterVersionUsage(inUse);
                }
            }
        };
    }

    /** A quarter of the heap in MB, never below H2's own default of 16 MB. */
    static int cacheSizeMb(long maxHeapBytes) {
        return (int) Math.max(16, (maxHeapBytes >> 20) / 4);
    }
}
