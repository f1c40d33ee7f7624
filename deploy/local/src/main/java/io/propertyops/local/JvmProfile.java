package io.propertyops.local;

import java.util.List;

/**
 * The JVM options each kind of process runs with: {@link #DEVELOPMENT} for {@code ./run} and the tests, where seven
 * services must start together on two cores, and {@link #PRODUCTION} for {@code bench/run}, which measures what a
 * deployment would run. Chosen on {@link LocalPlatform.Builder#jvmProfile(JvmProfile)}.
 */
public enum JvmProfile {

    /**
     * Quick start and small footprint: C1 only ({@code TieredStopAtLevel=1}) and Serial GC cut start-up and RSS by
     * about a third (VERSIONS.md) at the price of peak speed. The store keeps the full JIT: every read and write of
     * every service goes through it.
     */
    DEVELOPMENT(
            List.of("-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xss512k", "-Xmx384m"),
            List.of("-Xms64m", "-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1"),
            // room for 100,000 open work orders, where 256 MB ran out (bench scenario 5)
            List.of("-Xmx1g", "-Xss512k", "-XX:+UseSerialGC")),

    /**
     * The full tiered JIT (C1, then C2 for what is hot), fixed heaps ({@code -Xms} = {@code -Xmx}, so no resizing
     * under load) and the Parallel collector. Parallel rather than G1 (what the JVM picks by itself on two CPUs):
     * on two cores shared by nine JVMs the collector that spends least CPU outside its pauses wins — no concurrent
     * marking or refinement threads, the cheapest write barrier — and CPU per work order is what the bench counts;
     * G1's pause goals pay off on heaps of many gigabytes, while a young collection of these heaps takes a few
     * milliseconds. Kafka's own scripts default to G1 with a 1 GB heap for a broker on a machine of its own.
     */
    PRODUCTION(
            List.of("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"),
            List.of("-XX:+UseParallelGC", "-Xms512m", "-Xmx512m"),
            // a quarter of the heap is the H2 page cache (EmbeddedMongo), the rest holds 100,000 open work orders
            List.of("-XX:+UseParallelGC", "-Xms2g", "-Xmx2g"));

    private final List<String> service;
    private final List<String> kafka;
    private final List<String> store;

    JvmProfile(List<String> service, List<String> kafka, List<String> store) {
        this.service = service;
        this.kafka = kafka;
        this.store = store;
    }

    /** Each service and the gateway. */
    public List<String> service() {
        return service;
    }

    /** The Kafka broker. */
    public List<String> kafka() {
        return kafka;
    }

    /** The embedded MongoDB ({@link EmbeddedMongo}). */
    public List<String> store() {
        return store;
    }
}
