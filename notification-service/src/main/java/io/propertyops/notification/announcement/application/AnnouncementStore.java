package io.propertyops.notification.announcement.application;

import io.propertyops.notification.announcement.domain.Announcement;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/** The announcements, and who holds each unfinished fan-out until when. */
public interface AnnouncementStore {

    void insert(Announcement announcement);

    Optional<Announcement> byId(String id);

    /** Those to the community and those to everyone, newest first. */
    Page<Announcement> ofCommunity(String communityId, Pageable pageable);

    /** At most {@code limit} still publishing whose fan-out's hold lapsed before {@code now}. */
    List<Announcement> lapsed(Instant now, int limit);

    /** Takes over a fan-out whose hold lapsed before {@code now}, holding it until {@code until}; empty when another did. */
    Optional<Announcement> take(String id, Instant now, Instant until);

    /** Renews the hold of a fan-out. */
    void hold(String id, Instant until);

    /** Marks a fan-out finished: published, and held by nobody. */
    void published(String id, Instant at);
}
