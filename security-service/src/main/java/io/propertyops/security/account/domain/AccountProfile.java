package io.propertyops.security.account.domain;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Who an account belongs to and where it may act: the facts a token carries and other services need.
 *
 * @param communityIds the communities (小区) the person belongs to or works in
 * @param unitIds      for owners and residents, their units
 * @param skills       for technicians, what they can repair (dispatch matches on it)
 */
public record AccountProfile(
        String username,
        String displayName,
        String phone,
        String email,
        Set<Role> roles,
        List<String> communityIds,
        List<String> unitIds,
        List<String> skills) {

    public AccountProfile {
        Objects.requireNonNull(username, "username");
        roles = Set.copyOf(roles == null ? Set.of() : roles);
        communityIds = List.copyOf(communityIds == null ? List.of() : communityIds);
        unitIds = List.copyOf(unitIds == null ? List.of() : unitIds);
        skills = List.copyOf(skills == null ? List.of() : skills);
    }

    public boolean hasRole(Role role) {
        return roles.contains(role);
    }
}
