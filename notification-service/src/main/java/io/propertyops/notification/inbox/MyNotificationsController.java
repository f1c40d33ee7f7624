package io.propertyops.notification.inbox;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "My notifications", description = "The caller's in-app inbox (站内信)")
class MyNotificationsController {

    private final Inbox inbox;

    MyNotificationsController(Inbox inbox) {
        this.inbox = inbox;
    }

    record NotificationView(String id, String kind, String title, String body, String subjectType, String subjectId,
                            Instant createdAt, boolean read) {
        static NotificationView of(InboxEntry entry) {
            return new NotificationView(entry.id(), entry.kind(), entry.title(), entry.body(), entry.subjectType(),
                    entry.subjectId(), entry.createdAt(), entry.readAt() != null);
        }
    }

    record InboxPage(List<NotificationView> items, int page, int size, long total, long unread) {
    }

    @GetMapping("/api/v1/me/notifications")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listMyNotifications", summary = "The caller's inbox, newest first, with the unread count")
    InboxPage mine(Caller caller,
                   @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                   @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<InboxEntry> entries = inbox.of(caller.id(), PageRequest.of(page, size));
        return new InboxPage(entries.map(NotificationView::of).getContent(), page, size, entries.getTotalElements(),
                inbox.unread(caller.id()));
    }
}
