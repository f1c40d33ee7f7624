package io.propertyops.notification.announcement.web;

import io.propertyops.notification.announcement.application.Announcements;
import io.propertyops.notification.announcement.domain.Announcement;
import io.propertyops.notification.inbox.application.Inbox;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Instant;
import java.util.List;

@RestController
@Validated
@Tag(name = "Announcements", description = "Staff publish announcements (公告) to their communities and see their reach")
class AnnouncementsController {

    private final Announcements announcements;

    AnnouncementsController(Announcements announcements) {
        this.announcements = announcements;
    }

    /**
     * {@code scope} {@code ALL} is everyone (administrators only, naming nothing else); otherwise the communities
     * named (none: all of the caller's). Buildings and units narrow the audience to the residents of either.
     * Not urgent unless said so.
     */
    record Publication(Announcement.Scope scope,
                       @Size(max = 50) List<@NotBlank @Size(max = 64) String> communityIds,
                       @Size(max = 200) List<@NotBlank @Size(max = 64) String> buildingIds,
                       @NotBlank @Size(max = 100) String title,
                       @NotBlank @Size(max = 5000) String body,
                       Boolean urgent,
                       @Size(max = 2000) List<@NotBlank @Size(max = 64) String> unitIds) {

        boolean isUrgent() {
            return Boolean.TRUE.equals(urgent);
        }

        Announcement.Audience audience() {
            return new Announcement.Audience(scope, communityIds, buildingIds, unitIds);
        }
    }

    record Accepted(String id, Announcement.State state, Announcement.Scope scope, List<String> communityIds) {
    }

    record AnnouncementView(String id, Announcement.Scope scope, List<String> communityIds, List<String> buildingIds,
                            List<String> unitIds, String title, String body,
                            boolean urgent, Announcement.State state, String publishedBy, Instant publishedAt,
                            Instant completedAt, long reached, long read) {
        static AnnouncementView of(Announcement announcement, Inbox.Reach reach) {
            return new AnnouncementView(announcement.id(), announcement.scope(), announcement.communityIds(),
                    announcement.buildingIds(), announcement.unitIds(),
                    announcement.title(), announcement.body(), announcement.urgent(), announcement.state(),
                    announcement.publishedBy(), announcement.publishedAt(), announcement.completedAt(),
                    reach.reached(), reach.read());
        }
    }

    record AnnouncementPage(List<AnnouncementView> items, int page, int size, long total) {
    }

    @PostMapping("/api/v1/announcements")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "publishAnnouncement",
            summary = "Publish an announcement to everyone, to communities, or to some of their buildings or units",
            description = "Answers 202 at once; the announcement reaches the residents' inboxes in the background "
                    + "(state PUBLISHING, then PUBLISHED). An urgent one also goes to each of them by SMS, at once, "
                    + "even in their quiet hours. Everyone (scope ALL) only from an administrator (else 403); another "
                    + "community answers 404; a building not of the named communities 422.")
    ResponseEntity<Accepted> publish(Caller caller, @Valid @RequestBody Publication publication) {
        Announcement announcement = announcements.publish(caller, publication.audience(), publication.title(),
                publication.body(), publication.isUrgent());
        return ResponseEntity.accepted().location(URI.create("/api/v1/announcements/" + announcement.id()))
                .body(new Accepted(announcement.id(), announcement.state(), announcement.scope(),
                        announcement.communityIds()));
    }

    @GetMapping("/api/v1/announcements")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listAnnouncements", summary = "A community's announcements, newest first, with reach and reads")
    AnnouncementPage list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                          @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                          @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        Page<Announcement> found = announcements.ofCommunity(caller, communityId, PageRequest.of(page, size));
        return new AnnouncementPage(found.map(a -> AnnouncementView.of(a, announcements.reachOf(a.id()))).getContent(),
                page, size, found.getTotalElements());
    }

    @GetMapping("/api/v1/announcements/{id}")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getAnnouncement", summary = "One announcement with how many it reached and how many read it")
    AnnouncementView get(Caller caller, @PathVariable @Size(max = 64) String id) {
        Announcement announcement = announcements.seenByStaff(caller, id);
        return AnnouncementView.of(announcement, announcements.reachOf(id));
    }
}
