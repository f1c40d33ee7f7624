package io.propertyops.ticket.sourced.domain;

import java.util.Objects;

/**
 * Which findings are the same problem: the same fault type on the same equipment, or — for a finding about a place
 * without equipment — in the same place, in one community.
 */
public final class ProblemKey {

    private ProblemKey() {
    }

    public static String of(String communityId, String equipmentId, String locationKind, String locationId,
                            String faultType) {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(faultType, "faultType");
        String where = equipmentId != null && !equipmentId.isBlank() ? "equipment:" + equipmentId
                : Objects.requireNonNull(locationKind, "locationKind") + ":" + Objects.requireNonNull(locationId, "locationId");
        return communityId + "|" + where + "|" + faultType;
    }
}
