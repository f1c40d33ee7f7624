package io.propertyops.notification.directory.domain;

import java.time.Instant;
import java.util.List;

/**
 * A person messages can reach, as security-service last described them.
 *
 * @param staffIn the community roles ({@link CommunityRoles#key}) and units ({@link CommunityRoles#unitKey}) the
 *                staff read model lists them in
 */
public record Recipient(String id, String name, String phone, String email, List<String> roles,
                        List<String> communityIds, List<String> unitIds, Instant updatedAt,
                        String lastEventId, Instant deactivatedAt, List<String> staffIn) {

    /** Whether the person may still be told things. */
    public boolean reachable() {
        return deactivatedAt == null;
    }
}
