package io.propertyops.notification.announcement.application;

import io.propertyops.notification.announcement.domain.Announcement;
import io.propertyops.notification.directory.application.CommunityStructures;
import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Publishing announcements, and reading them: residents their own, staff those of their communities with reach. */
@Service
public class Announcements {

    private final AnnouncementStore store;
    private final Inbox inbox;
    private final AnnouncementFanOut fanOut;
    private final CommunityStructures structures;
    private final AnnouncementProperties properties;
    private final Clock clock;

    Announcements(AnnouncementStore store, Inbox inbox, AnnouncementFanOut fanOut, CommunityStructures structures,
                  AnnouncementProperties properties, Clock clock) {
        this.store = store;
        this.inbox = inbox;
        this.fanOut = fanOut;
        this.structures = structures;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * Accepts an announcement and starts its fan-out. Everyone ({@code ALL}) only from an administrator; otherwise
     * no communities named means all of the caller's, and staff may name only their own (another answers 404 as if
     * it did not exist), an administrator any. Buildings must be buildings of the named communities.
     */
    public Announcement publish(Caller caller, Announcement.Audience audience, String title, String body, boolean urgent) {
        Announcement.Audience reached = audience.scope() == Announcement.Scope.ALL
                ? everyone(caller, audience) : ofCommunities(caller, audience);
        Instant now = clock.instant();
        Announcement announcement = Announcement.publish(UUID.randomUUID().toString(), reached, title, body, urgent,
                caller.id(), now, now.plus(properties.hold()));
        store.insert(announcement);
        fanOut.soon(announcement);
        return announcement;
    }

    private static Announcement.Audience everyone(Caller caller, Announcement.Audience audience) {
        if (!caller.hasRole(Roles.ADMIN)) {
            throw new AccessDeniedException("Only an administrator announces to everyone");
        }
        if (audience.namesAny()) {
            throw new RuleViolationException("everyone-names-nothing", "scope",
                    "An announcement to everyone names no communities, buildings or units");
        }
        return audience;
    }

    private Announcement.Audience ofCommunities(Caller caller, Announcement.Audience audience) {
        List<String> communities = audience.communityIds().isEmpty()
                ? caller.communityIds().stream().sorted().toList() : audience.communityIds();
        if (communities.isEmpty()) {
            throw new RuleViolationException("no-community", "communityIds", "Name the communities to announce to");
        }
        if (!caller.hasRole(Roles.ADMIN)) {
            communities.forEach(caller::requireCommunity);
        }
        Set<String> unknown = structures.unknownBuildings(communities, audience.buildingIds());
        if (!unknown.isEmpty()) {
            throw new RuleViolationException("unknown-building", "buildingIds",
                    "No building " + String.join(", ", unknown) + " in " + String.join(", ", communities));
        }
        return audience.inCommunities(communities);
    }

    /** An announcement a staff member may see: one that reaches one of their communities (as one to everyone does), or any for an administrator. */
    public Announcement seenByStaff(Caller caller, String id) {
        Announcement announcement = store.byId(id).orElse(null);
        if (announcement == null || !caller.hasRole(Roles.ADMIN) && !announcement.reachesAnyOf(caller.communityIds())) {
            throw new NotFoundException("Announcement", id);
        }
        return announcement;
    }

    public Page<Announcement> ofCommunity(Caller caller, String communityId, Pageable pageable) {
        if (!caller.hasRole(Roles.ADMIN) && !caller.inCommunity(communityId)) {
            throw new NotFoundException("Community", communityId);
        }
        return store.ofCommunity(communityId, pageable);
    }

    /** How far an announcement reached: inbox entries written, and how many of them were read. */
    public Inbox.Reach reachOf(String announcementId) {
        return inbox.reachOf(announcementId, Announcement.KIND);
    }

    public Page<InboxEntry> inboxOf(Caller caller, Pageable pageable) {
        return inbox.of(caller.id(), Announcement.KIND, pageable);
    }

    /** The caller's copy of an announcement; someone it did not reach is told it does not exist. */
    public InboxEntry receivedBy(Caller caller, String announcementId) {
        return inbox.received(caller.id(), announcementId, Announcement.KIND)
                .orElseThrow(() -> new NotFoundException("Announcement", announcementId));
    }

    /** Idempotent: reading it again keeps the first time it was read. */
    public InboxEntry markRead(Caller caller, String announcementId) {
        inbox.markReceivedRead(caller.id(), announcementId, Announcement.KIND, clock.instant());
        return receivedBy(caller, announcementId);
    }
}
