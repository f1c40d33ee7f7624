package io.propertyops.starter.web;

import io.propertyops.starter.domain.NotFoundException;
import java.util.Set;

/**
 * Who is calling, as the access token says: the person (or integration client) id, roles, the communities
 * they work in or live in, for owners and residents their units, and for integration clients the granted
 * scopes. Controllers take it as a parameter.
 */
public record Caller(String id, String name, Set<String> roles, Set<String> communityIds, Set<String> unitIds,
                     Set<String> scopes) {

    public Caller {
        roles = Set.copyOf(roles);
        communityIds = Set.copyOf(communityIds);
        unitIds = Set.copyOf(unitIds);
        scopes = Set.copyOf(scopes);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    public boolean hasAnyRole(String... candidates) {
        for (String role : candidates) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    public boolean inCommunity(String communityId) {
        return communityIds.contains(communityId);
    }

    /**
     * For data scoped by community: another community answers as if it did not exist, so its ids cannot be probed.
     *
     * @throws NotFoundException when the community is not one of the caller's
     */
    public void requireCommunity(String communityId) {
        if (!inCommunity(communityId)) {
            throw new NotFoundException("Community", communityId);
        }
    }

    public boolean ownsUnit(String unitId) {
        return unitIds.contains(unitId);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
