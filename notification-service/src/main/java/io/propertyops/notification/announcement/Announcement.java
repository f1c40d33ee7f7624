package io.propertyops.notification.announcement;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A notice from the property management to the residents of communities (公告), optionally only those of some
 * units. It is {@code PUBLISHING} until it has reached every inbox, then {@code PUBLISHED}; whoever fans it out
 * holds it until {@code fanOutHeldUntil}, after which a sweeper may take over and finish the fan-out.
 */
public record Announcement(String id, List<String> communityIds, List<String> unitIds, String title, String body,
                           boolean urgent, String publishedBy, Instant publishedAt, State state,
                           Instant fanOutHeldUntil, Instant completedAt) {

    public static final String KIND = "ANNOUNCEMENT";

    public enum State { PUBLISHING, PUBLISHED }

    public Announcement {
        communityIds = List.copyOf(communityIds);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }

    /** A new announcement, held by its publisher for the fan-out that starts right away. */
    static Announcement publish(String id, List<String> communityIds, List<String> unitIds, String title, String body,
                                boolean urgent, String publishedBy, Instant at, Instant heldUntil) {
        return new Announcement(id, communityIds, unitIds, title, body, urgent, publishedBy, at, State.PUBLISHING,
                heldUntil, null);
    }

    boolean reachesAnyOf(Set<String> communities) {
        return communityIds.stream().anyMatch(communities::contains);
    }
}
