package io.propertyops.facility.finding.application;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.FindingStatus;

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

    /** Records the work orders findings went to, in one bulk; findings not stored are passed over. */
    void linkWorkOrders(List<Findings.Link> links);

    /** A page of a community's findings, newest first, and how many match in all. */
    FindingPage list(FindingQuery query, int page, int size);

    /** What a list of findings is narrowed to; null fields narrow nothing. */
    record FindingQuery(String communityId, FindingSource source, FindingStatus status, String equipmentId) {
    }

    record FindingPage(List<Finding> items, long total) {
    }

    Optional<Finding> find(String id);
}
