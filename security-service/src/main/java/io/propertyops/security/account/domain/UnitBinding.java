package io.propertyops.security.account.domain;

import java.time.Instant;
import java.util.Objects;

/**
 * A person's binding to a unit (房屋绑定), from the request in the app through customer service's decision to its
 * end. Only an {@link Status#ACTIVE} binding grants access to the unit.
 *
 * @param ownerPhone   for a family member or tenant: the phone number they give for the unit's registered owner
 * @param note         what the person wrote with the request; may be null
 * @param verification how it was verified; null until approved
 * @param decisionNote the document reference of an approval, or the reason of a rejection or an end
 */
public record UnitBinding(
        String id,
        String unitId,
        String communityId,
        Relation relation,
        Status status,
        Instant requestedAt,
        String ownerPhone,
        String note,
        String decidedBy,
        Instant decidedAt,
        Verification verification,
        String decisionNote) {

    public enum Status { PENDING, ACTIVE, REJECTED, WITHDRAWN, ENDED }

    public UnitBinding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(requestedAt, "requestedAt");
    }

    static UnitBinding requested(String id, String unitId, String communityId, Relation relation, String ownerPhone,
                                 String note, Instant at) {
        return new UnitBinding(id, unitId, communityId, relation, Status.PENDING, at, ownerPhone, note,
                null, null, null, null);
    }

    static UnitBinding seeded(String id, String unitId, String communityId, Relation relation, Instant at) {
        return new UnitBinding(id, unitId, communityId, relation, Status.ACTIVE, at, null, null,
                Account.SYSTEM, at, Verification.SEEDED, null);
    }

    UnitBinding decided(Status newStatus, String by, Instant at, Verification how, String decisionNote) {
        return new UnitBinding(id, unitId, communityId, relation, newStatus, requestedAt, ownerPhone, note,
                by, at, how, decisionNote);
    }

    public boolean active() {
        return status == Status.ACTIVE;
    }

    /** Pending or active: the person holds or seeks this unit. */
    public boolean open() {
        return status == Status.PENDING || status == Status.ACTIVE;
    }
}
