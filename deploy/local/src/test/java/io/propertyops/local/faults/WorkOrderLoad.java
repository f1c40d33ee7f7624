package io.propertyops.local.faults;

import io.propertyops.local.faults.DemoOwners.Owner;
import io.propertyops.testsupport.TestHttp;

import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Owners reporting repairs through the gateway at a steady pace, whatever happens to the platform meanwhile:
 * each report is sent on time even when earlier ones still wait for an answer, and every answer is kept.
 */
final class WorkOrderLoad implements AutoCloseable {

    /**
     * One report: the gateway's status (-1 when no answer came), the work order when created, when it was sent
     * and answered ({@link System#nanoTime()}).
     */
    record Answer(Owner owner, int status, String contentType, String workOrderId, long sent, long answered) {

        static Answer to(Owner owner, TestHttp.Response response, long sent) {
            return new Answer(owner, response.status(), response.contentType(),
                    response.status() == 201 ? response.json("$.id") : null, sent, System.nanoTime());
        }

        Duration took() {
            return Duration.ofNanos(answered - sent);
        }

        /** Sent before the moment ended and answered after it began. */
        boolean spans(long from, long to) {
            return sent < to && answered > from;
        }

        boolean created() {
            return status == 201;
        }

        boolean isProblem() {
            return contentType != null && contentType.startsWith("application/problem+json");
        }
    }

    private final TestHttp gateway;
    private final List<Owner> owners;
    private final ScheduledExecutorService pacer = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService reports = Executors.newVirtualThreadPerTaskExecutor();
    private final AtomicInteger sent = new AtomicInteger();
    private final Queue<Answer> answers = new ConcurrentLinkedQueue<>();

    private WorkOrderLoad(TestHttp gateway, List<Owner> owners) {
        this.gateway = gateway;
        this.owners = List.copyOf(owners);
    }

    /** Starts reporting, one report every {@code interval}, the owners taking turns. */
    static WorkOrderLoad start(TestHttp gateway, List<Owner> owners, Duration interval) {
        WorkOrderLoad load = new WorkOrderLoad(gateway, owners);
        load.pacer.scheduleAtFixedRate(() -> load.reports.execute(load::report), 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return load;
    }

    private void report() {
        int n = sent.getAndIncrement();
        Owner owner = owners.get(n % owners.size());
        long sent = System.nanoTime();
        try {
            answers.add(Answer.to(owner, gateway.post("/api/v1/tickets", owner.token(), leak(owner.unitId(), n)), sent));
        } catch (RuntimeException noAnswer) {
            answers.add(new Answer(owner, -1, null, null, sent, System.nanoTime()));
        }
    }

    static String leak(String unitId, int n) {
        return """
                {"unitId": "%s", "kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL",
                 "title": "卫生间水龙头漏水 #%d", "description": "水龙头关不紧，一直滴水", "location": "卫生间"}
                """.formatted(unitId, n);
    }

    int created() {
        return (int) answers.stream().filter(Answer::created).count();
    }

    List<Answer> answers() {
        return List.copyOf(answers);
    }

    List<Answer> refused() {
        return answers.stream().filter(answer -> !answer.created()).toList();
    }

    /** Stops sending and waits for the answers of the reports already sent. */
    @Override
    public void close() {
        pacer.shutdownNow();
        reports.close();
    }
}
