package io.propertyops.ticket.workorder.persistence;

import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.ticket.pricing.domain.Quote;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;
import io.propertyops.ticket.workorder.domain.Origin;
import io.propertyops.ticket.workorder.domain.TimelineEntry;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A work order as stored, with the events its last change caused waiting in the same document. */
@Document(WorkOrderDocument.COLLECTION)
@CompoundIndex(name = "reporter_recent", def = "{'reporterId': 1, 'submittedAt': -1}")
@CompoundIndex(name = "community_recent", def = "{'communityId': 1, 'submittedAt': -1}")
@CompoundIndex(name = "assignee_status", def = "{'assigneeId': 1, 'status': 1}")
class WorkOrderDocument implements HasOutbox {

    static final String COLLECTION = "work_orders";

    @Id
    String id;
    @Indexed(unique = true)
    String number;
    String communityId;
    String unitId;
    String reporterId;
    String reporterName;
    String reporterPhone;
    String kind;
    String category;
    String urgency;
    String channel;
    String title;
    String description;
    String location;
    String equipmentId;
    String status;
    Instant submittedAt;
    String accountableAgentId;
    String assigneeId;
    int reopenCount;
    Instant onHoldSince;
    long pausedForSeconds;
    String result;
    List<TimelineEntry> timeline = new ArrayList<>();
    Deadlines deadlines;
    Quote quote;
    @Indexed(sparse = true)
    String parentId;
    Map<DeadlineKind, Integer> alerts;
    /** Where it came from when another domain raised it (a finding, a maintenance task); null otherwise. */
    Origin origin;
    /** When the overdue watch next has something to emit for it; null when nothing. */
    @Indexed(sparse = true)
    Instant nextAlertAt;
    /** reporter id + the client's Idempotency-Key: a retried POST finds the work order it already created. */
    @Indexed(unique = true, sparse = true)
    String idempotencyKey;
    @Version
    Long version;
    List<OutboxMessage> pendingEvents = new ArrayList<>();

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents;
    }
}
