package io.propertyops.ticket.sourced.application;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Which work order holds each problem (by its {@link io.propertyops.ticket.sourced.domain.ProblemKey}), and which work
 * order each source went to. A problem is claimed before its work order is written, so two findings arriving at once
 * on two consumers open one work order, not two.
 */
public interface OpenProblems {

    /**
     * The work order holding a problem, and the source that opened it (and the work order it repeats, if any).
     */
    record Claim(String key, String workOrderId, String openedBy, String repeatOfWorkOrderId) {
    }

    Optional<Claim> find(String key);

    /** The claims of these problems that exist, by key (one read for a batch). */
    Map<String, Claim> findAll(Collection<String> keys);

    /** Claims a problem nobody holds for a work order about to be opened; false if someone holds it already. */
    boolean claim(Claim claim);

    /** Hands a problem from a finished work order to a new one; false if it is not held by {@code fromWorkOrderId}. */
    boolean reassign(String fromWorkOrderId, Claim next);

    /** The work order a source went to, once it did. */
    Optional<String> workOrderOf(String sourceId);

    /** The work orders these sources went to, of those that went to one, by source id (one read for a batch). */
    Map<String, String> workOrdersOf(Collection<String> sourceIds);

    /** Records the work order a source went to (once; again changes nothing). */
    void recordSource(String sourceId, String workOrderId);
}
