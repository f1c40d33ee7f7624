package io.propertyops.facility.finding.application;

import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.Severity;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Records findings and publishes each once. Every feature that finds problems — rounds, maintenance, the device
 * intake, meter readings — reports through here; ticket-service does the rest (one work order per open problem).
 */
@Service
public class Findings {

    /**
     * A finding as its source reports it.
     *
     * @param id derived by the source from what it found, e.g. {@code round:<roundId>:<pointId>:<itemId>}, so the
     *           same report made twice (a retry, a redelivered request) is recorded once
     */
    public record NewFinding(String id, String communityId, FindingSource source, Location location,
                             String locationName, String equipmentId, String faultType, String category,
                             Severity severity, String title, String detail, String reporterId,
                             List<Finding.Evidence> evidence) {
    }

    private final FindingStore store;
    private final Clock clock;

    Findings(FindingStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Records and publishes the findings not reported before; returns those that were new. */
    public List<Finding> report(List<NewFinding> reports) {
        List<Finding> findings = new ArrayList<>(reports.size());
        List<io.propertyops.events.facility.FindingReported> events = new ArrayList<>(reports.size());
        for (NewFinding report : reports) {
            Finding finding = Finding.found(report.id(), report.communityId(), report.source(), report.location(),
                    report.locationName(), report.equipmentId(), report.faultType(), report.category(),
                    report.severity(), report.title(), report.detail(), report.reporterId(), report.evidence(),
                    clock.instant());
            findings.add(finding);
            events.add(finding.reported(UUID.randomUUID().toString()));
        }
        return store.insertNew(findings, events);
    }

    public Finding report(NewFinding report) {
        List<Finding> recorded = report(List.of(report));
        return recorded.isEmpty() ? store.find(report.id()).orElseThrow() : recorded.getFirst();
    }

    /** What raised the finding is gone by itself; recorded once, and published. False if unknown or cleared already. */
    public boolean clear(String findingId, String note) {
        Optional<Finding> stored = store.find(findingId);
        if (stored.isEmpty() || stored.get().isCleared()) {
            return false;
        }
        Finding cleared = stored.get().cleared(clock.instant());
        return store.markCleared(cleared, cleared.clearedEvent(UUID.randomUUID().toString(), note));
    }

    public Optional<Finding> find(String id) {
        return store.find(id);
    }

    /** ticket-service put the finding into this work order. */
    public void linked(String findingId, String workOrderId, String workOrderNumber) {
        store.linkWorkOrder(findingId, workOrderId, workOrderNumber);
    }

    /** A finding and the work order ticket-service put it into. */
    public record Link(String findingId, String workOrderId, String workOrderNumber) {
    }

    /** ticket-service put these findings into these work orders; one bulk write, idempotent. */
    public void linked(List<Link> links) {
        if (!links.isEmpty()) {
            store.linkWorkOrders(links);
        }
    }

    /** A page of a community's findings, newest first. */
    public FindingStore.FindingPage list(FindingStore.FindingQuery query, int page, int size) {
        return store.list(query, page, size);
    }
}
