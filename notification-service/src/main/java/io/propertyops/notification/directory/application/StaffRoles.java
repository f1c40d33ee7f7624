package io.propertyops.notification.directory.application;

import io.propertyops.notification.directory.domain.CommunityRoles;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Who holds a staff role in a community, and who lives in a unit ({@link CommunityRoles#unitKey}), kept from the
 * directory.
 */
public interface StaffRoles {

    /**
     * The active members of each of these community roles ({@link CommunityRoles#key}) or units' residents
     * ({@link CommunityRoles#unitKey}), in one read; none for an unknown key.
     */
    Map<String, List<String>> members(Collection<String> keys);

    default List<String> members(String role, String communityId) {
        String key = CommunityRoles.key(communityId, role);
        return members(List.of(key)).getOrDefault(key, List.of());
    }
}
