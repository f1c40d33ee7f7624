package io.propertyops.notification.announcement.web;

import io.propertyops.notification.announcement.application.Announcements;

import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "My announcements", description = "The announcements (公告) that reached the caller")
class MyAnnouncementsController {

    private final Announcements announcements;

    MyAnnouncementsController(Announcements announcements) {
        this.announcements = announcements;
    }

    record ReceivedAnnouncement(String id, String title, String body, boolean urgent, Instant publishedAt, boolean read) {
        static ReceivedAnnouncement of(InboxEntry entry) {
            return new ReceivedAnnouncement(entry.eventId(), entry.title(), entry.body(), "URGENT".equals(entry.priority()),
                    entry.createdAt(), entry.readAt() != null);
        }
    }

    record ReceivedPage(List<ReceivedAnnouncement> items, int page, int size, long total) {
    }

    @GetMapping("/api/v1/me/announcements")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "listMyAnnouncements", summary = "The announcements that reached the caller, newest first")
    ReceivedPage mine(Caller caller,
                      @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                      @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<InboxEntry> entries = announcements.inboxOf(caller, PageRequest.of(page, size));
        return new ReceivedPage(entries.map(ReceivedAnnouncement::of).getContent(), page, size, entries.getTotalElements());
    }

    @GetMapping("/api/v1/me/announcements/{id}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "getMyAnnouncement", summary = "One announcement that reached the caller")
    ReceivedAnnouncement one(Caller caller, @PathVariable @Size(max = 64) String id) {
        return ReceivedAnnouncement.of(announcements.receivedBy(caller, id));
    }

    @PostMapping("/api/v1/me/announcements/{id}/read")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT})
    @Operation(operationId = "markMyAnnouncementRead", summary = "Mark an announcement that reached the caller as read")
    ReceivedAnnouncement markRead(Caller caller, @PathVariable @Size(max = 64) String id) {
        return ReceivedAnnouncement.of(announcements.markRead(caller, id));
    }
}
