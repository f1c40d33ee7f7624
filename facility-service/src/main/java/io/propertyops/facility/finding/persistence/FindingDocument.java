package io.propertyops.facility.finding.persistence;

import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A finding as stored, with the events of its last change until the outbox relay has sent them. The unique
 * {@code {_id, clearedAt}} index serves the clear (only while it stands) on the embedded store, which serves a query
 * from a unique index whose fields it equals; the community's index is for real MongoDB's list pages.
 */
@Document(FindingDocument.COLLECTION)
@CompoundIndex(name = "id_cleared", def = "{'_id': 1, 'clearedAt': 1}", unique = true)
@CompoundIndex(name = "community_found", def = "{'communityId': 1, 'foundAt': -1}")
record FindingDocument(@Id String id, String communityId, FindingSource source, Location location,
                       String locationName, String equipmentId, String faultType, String category, Severity severity,
                       String title, String detail, String reporterId, List<Finding.Evidence> evidence,
                       Instant foundAt, String workOrderId, String workOrderNumber, Instant clearedAt,
                       List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "findings";

    static FindingDocument of(Finding finding, List<OutboxMessage> events) {
        return new FindingDocument(finding.id(), finding.communityId(), finding.source(), finding.location(),
                finding.locationName(), finding.equipmentId(), finding.faultType(), finding.category(),
                finding.severity(), finding.title(), finding.detail(), finding.reporterId(), finding.evidence(),
                finding.foundAt(), finding.workOrderId(), finding.workOrderNumber(), finding.clearedAt(), events);
    }

    Finding toDomain() {
        return new Finding(id, communityId, source, location, locationName, equipmentId, faultType, category, severity,
                title, detail, reporterId, evidence, foundAt, workOrderId, workOrderNumber, clearedAt);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
