package io.propertyops.events.ticket;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * What a paid in-unit repair costs the owner, as the approved quote priced it from the community's list. Amounts
 * are decimal strings with two places ({@code "128.00"}), never binary floating point.
 *
 * @param currency ISO 4217, e.g. {@code CNY}
 */
public record Charges(String currency, String total, List<Line> lines) {

    public Charges {
        requireNonNull(currency, "currency");
        requireNonNull(total, "total");
        lines = List.copyOf(requireNonNull(lines, "lines"));
    }

    /** One chargeable item: quantity × unit price = amount. */
    public record Line(String code, String name, String unit, String quantity, String unitPrice, String amount) {

        public Line {
            requireNonNull(code, "code");
            requireNonNull(name, "name");
            requireNonNull(quantity, "quantity");
            requireNonNull(unitPrice, "unitPrice");
            requireNonNull(amount, "amount");
        }
    }
}
