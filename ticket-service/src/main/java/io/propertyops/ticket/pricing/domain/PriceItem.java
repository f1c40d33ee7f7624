package io.propertyops.ticket.pricing.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * One line of a community's price list for paid in-unit repairs (有偿维修收费标准): a part or a unit of labour.
 *
 * @param code  stable, e.g. {@code labour-hour}, {@code angle-valve}
 * @param unit  what the price is per, e.g. 小时, 个, 米
 * @param price per unit, in the list's currency, two decimals
 */
public record PriceItem(String code, String name, String unit, BigDecimal price) {

    public PriceItem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(price, "price");
        if (price.signum() < 0) {
            throw new IllegalArgumentException("a price cannot be negative: " + code);
        }
        price = price.setScale(2, RoundingMode.HALF_UP);
    }
}
