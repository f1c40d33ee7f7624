package io.propertyops.notification.announcement.domain;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A notice from the property management to residents (公告): to everyone ({@code ALL}), or to the residents of some
 * communities, optionally only those of some buildings (楼栋) or units of them. It is {@code PUBLISHING} until it
 * has reached every inbox, then {@code PUBLISHED}; whoever fans it out holds it until {@code fanOutHeldUntil},
 * after which a sweeper may take over and finish the fan-out.
 */
public record Announcement(String id, Scope scope, List<String> communityIds, List<String> buildingIds,
                           List<String> unitIds, String title, String body, boolean urgent, String publishedBy,
                           Instant publishedAt, State state, Instant fanOutHeldUntil, Instant completedAt) {

    public static final String KIND = "ANNOUNCEMENT";

    public enum State { PUBLISHING, PUBLISHED }

    /** Whom it is for: the residents of the named communities, or of every community. */
    public enum Scope { COMMUNITIES, ALL }

    public Announcement {
        scope = scope == null ? Scope.COMMUNITIES : scope;
        communityIds = communityIds == null ? List.of() : List.copyOf(communityIds);
        buildingIds = buildingIds == null ? List.of() : List.copyOf(buildingIds);
        unitIds = unitIds == null ? List.of() : List.copyOf(unitIds);
    }

    /** A new announcement, held by its publisher for the fan-out that starts right away. */
    public static Announcement publish(String id, Audience audience, String title, String body, boolean urgent,
                                String publishedBy, Instant at, Instant heldUntil) {
        return new Announcement(id, audience.scope(), audience.communityIds(), audience.buildingIds(),
                audience.unitIds(), title, body, urgent, publishedBy, at, State.PUBLISHING, heldUntil, null);
    }

    /** Whom an announcement is for, as its publisher named them. */
    public record Audience(Scope scope, List<String> communityIds, List<String> buildingIds, List<String> unitIds) {

        public Audience {
            scope = scope == null ? Scope.COMMUNITIES : scope;
            communityIds = distinct(communityIds);
            buildingIds = distinct(buildingIds);
            unitIds = distinct(unitIds);
        }

        public Audience inCommunities(List<String> communities) {
            return new Audience(scope, communities, buildingIds, unitIds);
        }

        public boolean namesAny() {
            return !communityIds.isEmpty() || !buildingIds.isEmpty() || !unitIds.isEmpty();
        }

        private static List<String> distinct(List<String> ids) {
            return ids == null ? List.of() : ids.stream().distinct().toList();
        }
    }

    public boolean reachesAnyOf(Set<String> communities) {
        return scope == Scope.ALL || communityIds.stream().anyMatch(communities::contains);
    }

    /** Whether only some buildings' or units' residents are meant, not whole communities. */
    public boolean narrowed() {
        return !buildingIds.isEmpty() || !unitIds.isEmpty();
    }
}
