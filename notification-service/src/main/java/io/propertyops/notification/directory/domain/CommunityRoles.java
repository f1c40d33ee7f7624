package io.propertyops.notification.directory.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who holds a staff role in a community, by the pair {@code <communityId>/<role>}. Owners and residents are not
 * staff: they are reached through their units (announcements), never by role.
 */
public final class CommunityRoles {

    private static final Set<String> NOT_STAFF = Set.of("OWNER", "RESIDENT");

    private CommunityRoles() {
    }

    /** The key of a community's role: {@code <communityId>/<role>}. */
    public static String key(String communityId, String role) {
        return communityId + "/" + role;
    }

    /** The community roles an active staff member holds now; none for a deactivated person, an owner or a resident. */
    public static Set<String> heldBy(Recipient person) {
        Set<String> keys = new LinkedHashSet<>();
        if (person.reachable() && person.roles() != null && person.communityIds() != null) {
            for (String role : person.roles()) {
                if (!NOT_STAFF.contains(role)) {
                    person.communityIds().forEach(community -> keys.add(key(community, role)));
                }
            }
        }
        return keys;
    }
}
