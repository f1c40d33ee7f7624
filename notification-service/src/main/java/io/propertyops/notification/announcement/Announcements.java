package io.propertyops.notification.announcement;

import io.propertyops.notification.directory.application.CommunityStructures;
import io.propertyops.notification.inbox.InboxEntry;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Publishing announcements, and reading them: residents their own, staff those of their communities with reach. */
@Service
class Announcements {

    private final MongoTemplate mongo;
    private final AnnouncementFanOut fanOut;
    private final CommunityStructures structures;
    private final AnnouncementProperties properties;
    private final Clock clock;

    Announcements(MongoTemplate mongo, AnnouncementFanOut fanOut, CommunityStructures structures,
                  AnnouncementProperties properties, Clock clock) {
        this.mongo = mongo;
        this.fanOut = fanOut;
        this.structures = structures;
        this.properties = properties;
        this.clock = clock;
    }

    /** How far an announcement reached: inbox entries written, and how many of them were read. */
    record Reach(long reached, long read) {
    }

    /**
     * Accepts an announcement and starts its fan-out. Everyone ({@code ALL}) only from an administrator; otherwise
     * no communities named means all of the caller's, and staff may name only their own (another answers 404 as if
     * it did not exist), an administrator any. Buildings must be buildings of the named communities.
     */
    Announcement publish(Caller caller, Announcement.Audience audience, String title, String body, boolean urgent) {
        Announcement.Audience reached = audience.scope() == Announcement.Scope.ALL
                ? everyone(caller, audience) : ofCommunities(caller, audience);
        Instant now = clock.instant();
        Announcement announcement = Announcement.publish(UUID.randomUUID().toString(), reached, title, body, urgent,
                caller.id(), now, now.plus(properties.hold()));
        mongo.insert(announcement, AnnouncementFanOut.COLLECTION);
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
    Announcement seenByStaff(Caller caller, String id) {
        Announcement announcement = mongo.findById(id, Announcement.class, AnnouncementFanOut.COLLECTION);
        if (announcement == null || !caller.hasRole(Roles.ADMIN) && !announcement.reachesAnyOf(caller.communityIds())) {
            throw new NotFoundException("Announcement", id);
        }
        return announcement;
    }

    Page<Announcement> ofCommunity(Caller caller, String communityId, Pageable pageable) {
        if (!caller.hasRole(Roles.ADMIN) && !caller.inCommunity(communityId)) {
            throw new NotFoundException("Community", communityId);
        }
        Query query = Query.query(new Criteria().orOperator(Criteria.where("communityIds").is(communityId),
                Criteria.where("scope").is(Announcement.Scope.ALL)));
        long total = mongo.count(query, AnnouncementFanOut.COLLECTION);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "publishedAt"));
        return new PageImpl<>(mongo.find(query, Announcement.class, AnnouncementFanOut.COLLECTION), pageable, total);
    }

    /** Counted from the inbox, whose unique key starts with the event id, so both counts stay on that index. */
    Reach reachOf(String announcementId) {
        return new Reach(mongo.count(Query.query(ofAnnouncement(announcementId)), InboxEntry.class),
                mongo.count(Query.query(ofAnnouncement(announcementId).and("readAt").ne(null)), InboxEntry.class));
    }

    Page<InboxEntry> inboxOf(Caller caller, Pageable pageable) {
        Query query = Query.query(Criteria.where("recipientId").is(caller.id()).and("kind").is(Announcement.KIND));
        long total = mongo.count(query, InboxEntry.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        return new PageImpl<>(mongo.find(query, InboxEntry.class), pageable, total);
    }

    /** The caller's copy of an announcement; someone it did not reach is told it does not exist. */
    InboxEntry receivedBy(Caller caller, String announcementId) {
        InboxEntry entry = mongo.findOne(Query.query(received(caller, announcementId)), InboxEntry.class);
        if (entry == null) {
            throw new NotFoundException("Announcement", announcementId);
        }
        return entry;
    }

    /** Idempotent: reading it again keeps the first time it was read. */
    InboxEntry markRead(Caller caller, String announcementId) {
        mongo.updateFirst(Query.query(received(caller, announcementId).and("readAt").is(null)),
                new Update().set("readAt", clock.instant()), InboxEntry.class);
        return receivedBy(caller, announcementId);
    }

    private static Criteria received(Caller caller, String announcementId) {
        return ofAnnouncement(announcementId).and("recipientId").is(caller.id());
    }

    private static Criteria ofAnnouncement(String announcementId) {
        return Criteria.where("eventId").is(announcementId).and("kind").is(Announcement.KIND);
    }
}
