package io.propertyops.billing.ledger.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.util.Objects;

/**
 * Who a ledger belongs to (缴费对象): a unit (its owners pay its fees), a parking space (its holder pays), or a
 * person (fees charged to someone rather than to a place, e.g. a tenant's deposit). One ledger per payer; its id
 * is {@code KIND:id}.
 */
public record Payer(Kind kind, String id) {

    public enum Kind { UNIT, PARKING_SPACE, PERSON }

    public Payer {
        Objects.requireNonNull(kind, "kind");
        if (id == null || id.isBlank() || id.contains(":")) {
            throw new RuleViolationException("invalid-payer", "payer", "A payer is a kind and an id without ':'");
        }
    }

    public static Payer unit(String unitId) {
        return new Payer(Kind.UNIT, unitId);
    }

    /** The ledger's id: {@code UNIT:7b0c…}. */
    public String key() {
        return kind + ":" + id;
    }

    public static Payer parse(String key) {
        int colon = key == null ? -1 : key.indexOf(':');
        if (colon < 0) {
            throw new RuleViolationException("invalid-payer", "payer", "A payer reads KIND:id, e.g. UNIT:7b0c6d3e");
        }
        try {
            return new Payer(Kind.valueOf(key.substring(0, colon)), key.substring(colon + 1));
        } catch (IllegalArgumentException e) {
            throw new RuleViolationException("invalid-payer", "payer", "Unknown payer kind in " + key);
        }
    }
}
