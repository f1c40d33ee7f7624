package io.propertyops.notification.inbox.web;

import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;

import org.springframework.http.MediaType;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;
import java.time.Clock;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.http.HttpStatus;
import jakarta.validation.constraints.Size;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.propertyops.starter.domain.NotFoundException;
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
    private final LiveInbox live;
    private final Clock clock;

    MyNotificationsController(Inbox inbox, LiveInbox live, Clock clock) {
        this.inbox = inbox;
        this.live = live;
        this.clock = clock;
    }

    record ReadAll(long marked, long unread) {
    }

    /** A message as the API shows it. */
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

    @PostMapping("/api/v1/me/notifications/{id}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "markMyNotificationRead", summary = "Mark one message read",
            description = "Reading it again keeps the first time. Someone else's message answers 404.")
    @ApiResponse(responseCode = "204", description = "Marked read")
    @ApiResponse(responseCode = "404", description = "No such message in the caller's inbox")
    void markRead(Caller caller, @PathVariable @Size(max = 64) String id) {
        if (!inbox.markRead(caller.id(), id, clock.instant())) {
            throw new NotFoundException("Notification", id);
        }
    }

    @GetMapping(value = "/api/v1/me/notifications/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "streamMyNotifications", summary = "The caller's new messages as they arrive (Server-Sent Events)",
            description = "Events named notification, with the message as JSON and its id. The stream ends after 30 "
                    + "minutes; reconnect to go on.")
    SseEmitter stream(Caller caller) {
        return live.open(caller.id());
    }

    @PostMapping("/api/v1/me/notifications/read-all")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "markAllMyNotificationsRead", summary = "Mark every message of the caller's inbox read")
    ReadAll markAllRead(Caller caller) {
        long marked = inbox.markAllRead(caller.id(), clock.instant());
        return new ReadAll(marked, inbox.unread(caller.id()));
    }
}
