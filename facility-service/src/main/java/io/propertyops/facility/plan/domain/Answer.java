package io.propertyops.facility.plan.domain;

import java.math.BigDecimal;
import java.util.List;

/**
 * An answer to one checklist item; which of its fields counts depends on the item's type.
 *
 * @param passed   PASS_FAIL: true for pass
 * @param value    NUMBER: the value read
 * @param choice   CHOICE: the option chosen
 * @param text     a remark (the answer of a TEXT item)
 * @param photoIds photos of it
 */
public record Answer(String itemId, Boolean passed, BigDecimal value, String choice, String text,
                     List<String> photoIds) {

    public Answer {
        photoIds = photoIds == null ? List.of() : List.copyOf(photoIds);
    }

    public static Answer pass(String itemId) {
        return new Answer(itemId, true, null, null, null, null);
    }

    public static Answer fail(String itemId) {
        return new Answer(itemId, false, null, null, null, null);
    }

    public static Answer value(String itemId, BigDecimal value) {
        return new Answer(itemId, null, value, null, null, null);
    }
}
