package io.propertyops.local.fuzz;

import com.mongodb.client.MongoClient;

import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.awaitility.Awaitility.await;

/**
 * How many documents each collection of every service database holds, but for the collections that are written
 * whatever a request does, so that their change says nothing about a rejected request:
 * <ul>
 *   <li>{@code shedLock} (ticket, notification): the scheduled jobs' lock rows, written by their ticks;</li>
 *   <li>{@code audit_log}, {@code login_attempts} (security): they record refused attempts, by design;</li>
 *   <li>{@code inbox}, {@code deliveries}, {@code sms_sink}, {@code webhook_deliveries} (notification): written
 *       only by Kafka listeners and the deadline-warning jobs, which act on events and deadlines of earlier,
 *       accepted requests at their own time. A rejected request cannot reach them without first writing its own
 *       service's aggregate: the events a change causes live in the aggregate's own document (the outbox), whose
 *       collection is counted.</li>
 * </ul>
 */
final class StoreCounts {

    static final Set<String> WRITTEN_WHATEVER_REQUESTS_DO = Set.of(
            "propertyops_ticket.shedLock", "propertyops_notification.shedLock",
            "propertyops_security.audit_log", "propertyops_security.login_attempts",
            "propertyops_notification.inbox", "propertyops_notification.deliveries",
            "propertyops_notification.sms_sink", "propertyops_notification.webhook_deliveries");

    private final MongoClient mongo;

    StoreCounts(MongoClient mongo) {
        this.mongo = mongo;
    }

    /** {@code database.collection} → documents, sorted, of every {@code propertyops_*} database. */
    Map<String, Long> counted() {
        Map<String, Long> counts = new TreeMap<>();
        for (String database : mongo.listDatabaseNames()) {
            if (!database.startsWith("propertyops_")) {
                continue;
            }
            for (String collection : mongo.getDatabase(database).listCollectionNames()) {
                String name = database + "." + collection;
                if (!WRITTEN_WHATEVER_REQUESTS_DO.contains(name)) {
                    counts.put(name, mongo.getDatabase(database).getCollection(collection).countDocuments());
                }
            }
        }
        return counts;
    }

    /**
     * The counts once the effects of accepted requests have landed: unchanged over a second (events of an accepted
     * write reach the other services' read models within that on the local platform).
     */
    Map<String, Long> settled() {
        AtomicReference<Map<String, Long>> last = new AtomicReference<>(counted());
        AtomicLong since = new AtomicLong(System.nanoTime());
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(250)).until(() -> {
            Map<String, Long> current = counted();
            if (!current.equals(last.get())) {
                last.set(current);
                since.set(System.nanoTime());
            }
            return System.nanoTime() - since.get() >= Duration.ofSeconds(1).toNanos();
        });
        return last.get();
    }

    /** What changed between two snapshots, e.g. {@code propertyops_ticket.work_orders 3→4}; empty when nothing did. */
    static String difference(Map<String, Long> before, Map<String, Long> after) {
        return after.entrySet().stream()
                .filter(entry -> !entry.getValue().equals(before.getOrDefault(entry.getKey(), 0L)))
                .map(entry -> entry.getKey() + " " + before.getOrDefault(entry.getKey(), 0L) + "→" + entry.getValue())
                .collect(Collectors.joining(", "));
    }
}
