package io.propertyops.notification.inbox;

import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.notification.directory.Recipient;
import io.propertyops.notification.directory.RecipientDirectory;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * What a work-order event tells whom: a new report is acknowledged to the reporter (报修已受理) and put in
 * front of the community's customer-service staff, who accept and dispatch it.
 */
@Component
class WorkOrderMessages {

    private final RecipientDirectory directory;
    private final Clock clock;

    WorkOrderMessages(RecipientDirectory directory, Clock clock) {
        this.directory = directory;
        this.clock = clock;
    }

    List<InboxEntry> created(WorkOrderCreated event) {
        List<InboxEntry> entries = new ArrayList<>();
        entries.add(entry(event, event.reporterId(), "WORK_ORDER_RECEIVED", "报修已受理",
                "您的%s %s「%s」已受理，我们会尽快安排处理。".formatted(kindName(event.kind()), event.number(), event.title())));
        for (Recipient agent : directory.withRoleIn("CUSTOMER_SERVICE", event.communityId())) {
            if (!agent.id().equals(event.reporterId())) {
                entries.add(entry(event, agent.id(), "WORK_ORDER_NEW", "新%s待受理：%s".formatted(kindName(event.kind()), event.number()),
                        "%s（%s）：%s".formatted(event.title(), urgencyName(event.urgency()),
                                event.reporterName() == null ? "业主" : event.reporterName())));
            }
        }
        return entries;
    }

    private InboxEntry entry(WorkOrderCreated event, String recipientId, String kind, String title, String body) {
        return new InboxEntry(null, event.eventId(), recipientId, InboxEntry.IN_APP, kind, title, body,
                "WORK_ORDER", event.aggregateId(), clock.instant(), null);
    }

    private static String kindName(String kind) {
        return switch (kind) {
            case "REPAIR" -> "报修";
            case "COMPLAINT" -> "投诉";
            case "SUGGESTION" -> "建议";
            case "INQUIRY" -> "咨询";
            default -> "工单";
        };
    }

    private static String urgencyName(String urgency) {
        return switch (urgency) {
            case "EMERGENCY" -> "紧急";
            case "URGENT" -> "加急";
            case "LOW" -> "低";
            default -> "一般";
        };
    }
}
