package io.propertyops.billing.fee.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * How a fee's computed amount is rounded to money (取整规则): to {@code scale} decimals (0 yuan, 1 jiao, 2 fen) with
 * {@code HALF_UP} (四舍五入), {@code UP} (进位, away from zero) or {@code DOWN} (舍去). Applied once, to the amount of
 * a payer's line, never to its parts.
 */
public record Rounding(int scale, Mode mode) {

    public enum Mode {
        HALF_UP(RoundingMode.HALF_UP), UP(RoundingMode.UP), DOWN(RoundingMode.DOWN);

        private final RoundingMode rounding;

        Mode(RoundingMode rounding) {
            this.rounding = rounding;
        }
    }

    public static final Rounding FEN = new Rounding(2, Mode.HALF_UP);

    public Rounding {
        Objects.requireNonNull(mode, "mode");
        if (scale < 0 || scale > 2) {
            throw new RuleViolationException("invalid-rounding", "rounding.scale", "Amounts are rounded to 0, 1 or 2 decimals");
        }
    }

    public Money round(BigDecimal exact) {
        return new Money(exact.setScale(scale, mode.rounding));
    }
}
