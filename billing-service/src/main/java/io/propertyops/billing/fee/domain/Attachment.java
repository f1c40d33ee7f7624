package io.propertyops.billing.fee.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who a fee item is charged to (收费对象), from {@code startsOn} and until {@code endsOn} (null: open-ended): in bulk,
 * every unit of the community, of a building or of a unit type; or one by one, a unit, a parking space (its holder
 * pays: billing keeps no parking spaces of its own, so the space is named by its id and the holder is the person who
 * pays) or a person. A period is billed to the attachments that overlap it.
 *
 * @param amount for a {@code STATED} fee only: what the payer is charged per bill
 */
public record Attachment(String id, String communityId, String feeItemId, Target target, BigDecimal amount,
                         LocalDate startsOn, LocalDate endsOn, long version, Instant createdAt, String createdBy) {

    public enum TargetKind {
        COMMUNITY, BUILDING, UNIT_TYPE, UNIT, PARKING_SPACE, PERSON;

        /** Whether it reaches units (and their ledgers), rather than people. */
        public boolean units() {
            return this == COMMUNITY || this == BUILDING || this == UNIT_TYPE || this == UNIT;
        }

        /** Whether it names one payer rather than all units of a kind. */
        public boolean single() {
            return this == UNIT || this == PARKING_SPACE || this == PERSON;
        }

        /**
         * How specific it is: where several attachments of one item reach a payer, a STATED amount is the most
         * specific one's (one by one before a unit type, a building, the community).
         */
        public int specificity() {
            return switch (this) {
                case COMMUNITY -> 0;
                case UNIT_TYPE -> 1;
                case BUILDING -> 2;
                case UNIT, PARKING_SPACE, PERSON -> 3;
            };
        }
    }

    /**
     * @param id       the community, building, unit type ({@code RESIDENTIAL}, {@code SHOP}…), unit, parking space
     *                 or person
     * @param holderId for a parking space: the person who pays for it
     */
    public record Target(TargetKind kind, String id, String holderId) {

        public Target {
            Objects.requireNonNull(kind, "kind");
            if (id == null || id.isBlank()) {
                throw new RuleViolationException("invalid-target", "target.id", "An attachment names what it attaches");
            }
            if (kind == TargetKind.PARKING_SPACE && (holderId == null || holderId.isBlank())) {
                throw new RuleViolationException("holder-required", "target.holderId",
                        "A parking space is charged to its holder: name the person");
            }
            if (kind != TargetKind.PARKING_SPACE && holderId != null) {
                throw new RuleViolationException("holder-not-used", "target.holderId",
                        "Only a parking space names a holder");
            }
        }
    }

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(feeItemId, "feeItemId");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(startsOn, "startsOn");
        if (target.kind() == TargetKind.COMMUNITY && !target.id().equals(communityId)) {
            throw new RuleViolationException("invalid-target", "target.id", "A community attachment names its own community");
        }
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new RuleViolationException("invalid-dates", "endsOn", "An attachment ends on or after it starts");
        }
        if (amount != null && (amount.signum() <= 0 || amount.stripTrailingZeros().scale() > 2)) {
            throw new RuleViolationException("invalid-amount", "amount", "An amount is more than zero, to the fen");
        }
    }

    /**
     * Checks that the attachment suits the item: a STATED fee's attachments state an amount and no other's do; a fee
     * by area or by meter reaches units only; a fee per parking space reaches units or spaces.
     */
    public Attachment requireFits(FeeItem item) {
        boolean stated = item.standards().stream().anyMatch(standard -> standard.formula() == Formula.STATED);
        if (stated && amount == null) {
            throw new RuleViolationException("amount-required", "amount", item.name() + " is STATED: the attachment states the amount");
        }
        if (!stated && amount != null) {
            throw new RuleViolationException("amount-not-used", "amount", item.name() + " computes its amounts by its standard");
        }
        for (FeeStandard standard : item.standards()) {
            Formula formula = standard.formula();
            if (formula.needsUnit() && !target.kind().units()) {
                throw new RuleViolationException("target-not-a-unit", "target.kind", item.name() + " is charged by "
                        + formula + ": it is attached to units, not to a " + target.kind());
            }
            if (formula == Formula.PER_PARKING_SPACE && target.kind() == TargetKind.PERSON) {
                throw new RuleViolationException("target-not-a-space", "target.kind", item.name()
                        + " is charged per parking space: attach the spaces (or units that are spaces)");
            }
        }
        return this;
    }

    public boolean coversAny(BillingPeriod period) {
        return period.overlaps(startsOn, endsOn);
    }

    /** The attachment ending on {@code day} (or open again, when null). */
    public Attachment endingOn(LocalDate day) {
        return new Attachment(id, communityId, feeItemId, target, amount, startsOn, day, version + 1, createdAt, createdBy);
    }
}
