package io.propertyops.bench;

import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Scenarios 1–3: owners reporting repairs through the gateway, the same requests straight to ticket-service, a
 * trivial authenticated read on the same stack, and — while the gateway load runs — how long a report takes from
 * its 201 to the owner's inbox.
 */
final class Intake {

    private static final Logger log = LoggerFactory.getLogger(Intake.class);
    private static final Duration INBOX_POLL = Duration.ofMillis(20);
    private static final Duration INBOX_GIVE_UP = Duration.ofSeconds(30);

    /** An owner who reports: their token and unit. */
    record Reporter(String token, String unitId) {
    }

    private final Platform platform;
    private final String communityId;
    private final List<Reporter> reporters;
    private final List<Reporter> probes;

    Intake(Platform platform, String communityId, List<Reporter> reporters, List<Reporter> probes) {
        this.platform = platform;
        this.communityId = communityId;
        this.reporters = reporters;
        this.probes = probes;
    }

    static String leak(String unitId) {
        return """
                {"unitId": "%s", "kind": "REPAIR", "category": "plumbing", "urgency": "NORMAL",
                 "title": "厨房水管漏水", "description": "水槽下面的水管一直在滴水", "location": "厨房"}""".formatted(unitId);
    }

    /** Every request from the next owner in turn: with hundreds of owners, none comes near the per-user rate limit. */
    Measurement report(String name, String baseUrl, int concurrency, Duration duration) {
        return Load.run(name, concurrency, duration, sequence -> {
            Reporter reporter = reporters.get((int) (sequence % reporters.size()));
            return Api.post(baseUrl + "/api/v1/tickets", reporter.token(), leak(reporter.unitId())).unless(201);
        });
    }

    Measurement trivial(String name, String baseUrl, int concurrency, Duration duration) {
        return Load.run(name, concurrency, duration, sequence -> {
            Reporter reporter = reporters.get((int) (sequence % reporters.size()));
            return Api.get(baseUrl + "/api/v1/categories/" + communityId, reporter.token()).unless(200);
        });
    }

    /** What the probes measured while some load ran: created → in the owner's inbox. */
    record InboxLatency(Measurement measurement, long missed) {
    }

    /**
     * Runs the load while each probe owner, in turn, reports through the gateway and polls their own inbox
     * (straight at notification-service every 20 ms, so that polling meets no rate limit) until the report is
     * there; the time from the 201 to the first poll that finds it is recorded.
     */
    InboxLatency withInboxProbes(String name, int concurrency, java.util.function.Supplier<Measurement> load,
                                 List<Measurement> loads) {
        Histogram latencies = Measurement.histogram();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong missed = new AtomicLong();
        long begin = System.nanoTime();
        try (ExecutorService probing = Executors.newVirtualThreadPerTaskExecutor()) {
            for (Reporter probe : probes) {
                probing.submit(() -> probe(probe, running, latencies, missed));
            }
            loads.add(load.get());
            running.set(false);
        }
        Measurement measurement = Measurement.of(name, concurrency, latencies,
                missed.get() == 0 ? Map.of() : Map.of("not in the inbox within 30 s", missed.get()),
                Duration.ofNanos(System.nanoTime() - begin));
        log.info("{} c{}: created → inbox p50 {} ms, p99 {} ms over {} probes", name, concurrency, measurement.p50(),
                measurement.p99(), measurement.ok());
        return new InboxLatency(measurement, missed.get());
    }

    private Void probe(Reporter probe, AtomicBoolean running, Histogram latencies, AtomicLong missed) throws Exception {
        String inbox = platform.url("notification-service") + "/api/v1/me/notifications?size=5";
        while (running.get()) {
            Api.Response created = Api.post(platform.gatewayUrl() + "/api/v1/tickets", probe.token(), leak(probe.unitId()));
            long answered = System.nanoTime();
            if (created.status() != 201) {
                TimeUnit.MILLISECONDS.sleep(100);
                continue;
            }
            String number = created.text("number");
            boolean found = false;
            while (!found && System.nanoTime() - answered < INBOX_GIVE_UP.toNanos()) {
                Api.Response page = Api.get(inbox, probe.token());
                if (page.status() == 200 && page.body().contains(number)) {
                    synchronized (latencies) {
                        latencies.recordValue(Math.max(1, (System.nanoTime() - answered) / 1000));
                    }
                    found = true;
                } else {
                    TimeUnit.MILLISECONDS.sleep(INBOX_POLL.toMillis());
                }
            }
            if (!found) {
                missed.incrementAndGet();
            }
        }
        return null;
    }
}
