package io.propertyops.notification.directory.domain;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Who holds a staff role in a community, by the pair {@code <communityId>/<role>}; and who lives in a unit, by
 * {@code unit:<unitId>}. Owners and residents are not staff: they are reached through their units (announcements,
 * the catalogue's {@code RESIDENTS}), never by role.
 */
public final class CommunityRoles {

    private static final Set<String> NOT_STAFF = Set.of("OWNER", "RESIDENT");
    private static final String UNIT = "unit:";

    private CommunityRoles() {
    }

    /** The key of a community's role: {@code <communityId>/<role>}. */
    public static String key(String communityId, String role) {
        return communityId + "/" + role;
    }

    /** The key of the owners and residents of a unit: {@code unit:<unitId>}. */
    public static String unitKey(String unitId) {
        return UNIT + unitId;
    }

    public static boolean isUnitKey(String key) {
        return key.startsWith(UNIT);
    }

    /**
     * What an active person is listed in now: the community roles of a staff member, the units an owner or resident
     * is bound to; nothing for a deactivated person.
     */
    public static Set<String> heldBy(Recipient person) {
        Set<String> keys = new LinkedHashSet<>();
        if (person.reachable() && person.roles() != null) {
            for (String role : person.roles()) {
                if (!NOT_STAFF.contains(role) && person.communityIds() != null) {
                    person.communityIds().forEach(community -> keys.add(key(community, role)));
                } else if (NOT_STAFF.contains(role) && person.unitIds() != null) {
                    person.unitIds().forEach(unit -> keys.add(unitKey(unit)));
                }
            }
        }
        return keys;
    }
}
