package io.propertyops.notification.announcement;

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
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Publishing announcements, and reading them: residents their own, staff those of their communities with reach. */
@Service
class Announcements {

    private final MongoTemplate mongo;
    private final AnnouncementFanOut fanOut;
    private final AnnouncementProperties properties;
    private final Clock clock;

    Announcements(MongoTemplate mongo, AnnouncementFanOut fanOut, AnnouncementProperties properties, Clock clock) {
        this.mongo = mongo;
        this.fanOut = fanOut;
        this.properties = properties;
        this.clock = clock;
    }

    /** How far an announcement reached: inbox entries written, and how many of them were read. */
    record Reach(long reached, long read) {
    }

    /**
     * Accepts an announcement and starts its fan-out. No communities named means all of the caller's; staff may
     * name only their own, an administrator any.
     */
    Announcement publish(Caller caller, List<String> communityIds, List<String> unitIds, String title, String body,
                         boolean urgent) {
        List<String> communities = communityIds == null || communityIds.isEmpty()
                ? caller.communityIds().stream().sorted().toList()
                : communityIds.stream().distinct().toList();
        if (communities.isEmpty()) {
            throw new RuleViolationException("no-community", "communityIds", "Name the communities to announce to");
        }
        if (!caller.hasRole(Roles.ADMIN)) {
            communities.stream().filter(community -> !caller.inCommunity(community)).findFirst().ifPresent(other -> {
                throw new RuleViolationException("not-your-community", "communityIds",
                        "You may announce only to your own communities, not to " + other);
            });
        }
        Instant now = clock.instant();
        Announcement announcement = Announcement.publish(UUID.randomUUID().toString(), communities,
                unitIds == null ? List.of() : unitIds.stream().distinct().toList(), title, body, urgent, caller.id(),
                now, now.plus(properties.hold()));
        mongo.insert(announcement, AnnouncementFanOut.COLLECTION);
        fanOut.soon(announcement);
        return announcement;
    }

    /** An announcement a staff member may see: one that reaches one of their communities, or any for an administrator. */
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
        Query query = Query.query(Criteria.where("communityIds").is(communityId));
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
