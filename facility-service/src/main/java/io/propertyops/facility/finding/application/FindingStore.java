package io.propertyops.facility.finding.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.finding.domain.Finding;

import java.util.List;
import java.util.Optional;

/** Where findings are kept; a finding is written together with the events its change caused. */
public interface FindingStore {

    /** Inserts the findings not stored yet, each with its event (the event at the same index); returns those that were new. */
    List<Finding> insertNew(List<Finding> findings, List<? extends DomainEvent> events);

    /** Marks a stored finding cleared, with its event, unless it was cleared already; false if it was. */
    boolean markCleared(Finding cleared, DomainEvent event);

    /** Records the work order a finding went to. */
    void linkWorkOrder(String findingId, String workOrderId, String workOrderNumber);

    Optional<Finding> find(String id);
}
