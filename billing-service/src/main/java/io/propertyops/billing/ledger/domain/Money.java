package io.propertyops.billing.ledger.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of renminbi (CNY) in yuan at scale 2, exact to the fen (分). An amount that needs a third decimal is
 * refused rather than rounded: rounding is a fee item's rule ({@code Rounding}), applied where a charge is computed,
 * never silently where money is moved.
 */
public record Money(BigDecimal yuan) implements Comparable<Money> {

    public static final String CURRENCY = "CNY";
    public static final Money ZERO = new Money(BigDecimal.ZERO);

    public Money {
        Objects.requireNonNull(yuan, "yuan");
        if (yuan.stripTrailingZeros().scale() > 2) {
            throw new RuleViolationException("invalid-amount", "amount", "An amount is exact to the fen: " + yuan.toPlainString());
        }
        yuan = yuan.setScale(2, RoundingMode.UNNECESSARY);
    }

    public static Money of(String yuan) {
        return new Money(new BigDecimal(yuan));
    }

    public static Money ofFen(long fen) {
        return new Money(BigDecimal.valueOf(fen, 2));
    }

    /** In fen, as payment providers count (WeChat Pay's {@code amount.total}). */
    public long fen() {
        return yuan.movePointRight(2).longValueExact();
    }

    public Money plus(Money other) {
        return new Money(yuan.add(other.yuan));
    }

    public Money minus(Money other) {
        return new Money(yuan.subtract(other.yuan));
    }

    public Money min(Money other) {
        return compareTo(other) <= 0 ? this : other;
    }

    public boolean isPositive() {
        return yuan.signum() > 0;
    }

    public boolean isNegative() {
        return yuan.signum() < 0;
    }

    public boolean isZero() {
        return yuan.signum() == 0;
    }

    public boolean exceeds(Money other) {
        return compareTo(other) > 0;
    }

    @Override
    public int compareTo(Money other) {
        return yuan.compareTo(other.yuan);
    }

    @Override
    public String toString() {
        return yuan.toPlainString();
    }
}
