/**
 * The benchmark harness ({@code bench/run}): starts the whole platform as {@code ./run} does, drives it with the
 * JDK's HTTP client on virtual threads, records latencies in HdrHistograms and writes a Markdown and a JSON report.
 * Closed-loop load: each virtual user sends its next request when the previous one answered, so latencies are
 * those of a saturated system at that concurrency, not of an open arrival rate.
 */
package io.propertyops.bench;
