package io.propertyops.bench;

import org.HdrHistogram.Histogram;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop load: {@code concurrency} virtual users, each sending its next call as soon as the previous one
 * answered, for a fixed time. Each user keeps its own histogram; they are merged at the end.
 */
final class Load {

    private static final Logger log = LoggerFactory.getLogger(Load.class);

    /** One call; answers null when it went as expected, else what went wrong (a status, an exception name). */
    @FunctionalInterface
    interface Call {
        String run(long sequence) throws Exception;
    }

    private Load() {
    }

    static Measurement run(String name, int concurrency, Duration duration, Call call) {
        AtomicLong sequence = new AtomicLong();
        Map<String, AtomicLong> failures = new ConcurrentHashMap<>();
        List<Histogram> histograms = new ArrayList<>();
        long begin = System.nanoTime();
        long end = begin + duration.toNanos();
        try (ExecutorService users = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < concurrency; user++) {
                Histogram mine = Measurement.histogram();
                histograms.add(mine);
                users.submit(() -> {
                    while (System.nanoTime() < end) {
                        long sent = System.nanoTime();
                        String failure;
                        try {
                            failure = call.run(sequence.getAndIncrement());
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                            return;
                        } catch (Exception e) {
                            failure = e.getClass().getSimpleName();
                        }
                        if (failure == null) {
                            mine.recordValue(Math.max(1, (System.nanoTime() - sent) / 1000));
                        } else {
                            failures.computeIfAbsent(failure, key -> new AtomicLong()).incrementAndGet();
                        }
                    }
                });
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - begin);
        Histogram all = Measurement.histogram();
        histograms.forEach(all::add);
        Map<String, Long> failed = new ConcurrentHashMap<>();
        failures.forEach((key, count) -> failed.put(key, count.get()));
        Measurement measurement = Measurement.of(name, concurrency, all, failed, elapsed);
        log.info("{} c{}: {}/s, p50 {} ms, p99 {} ms, max {} ms, {} failed {}", name, concurrency,
                Math.round(measurement.perSecond()), measurement.p50(), measurement.p99(), measurement.max(),
                measurement.failed(), measurement.failures());
        return measurement;
    }
}
