package io.propertyops.ticket.pricing.domain;

import io.propertyops.starter.domain.RuleViolationException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** A community's prices for paid in-unit repairs, in one currency. */
public record PriceList(String communityId, String currency, List<PriceItem> items) {

    public PriceList {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(currency, "currency");
        items = List.copyOf(items);
        if (items.stream().map(PriceItem::code).distinct().count() != items.size()) {
            throw new RuleViolationException("duplicate-price-code", "items", "each code appears once in a price list");
        }
    }

    /**
     * Prices the wanted quantities: each line at the list price, rounded to cents, and the total.
     *
     * @throws RuleViolationException for a code not on the list or a quantity that is not positive
     */
    public Quote.Priced price(Map<String, BigDecimal> quantities) {
        Map<String, PriceItem> byCode = items.stream().collect(Collectors.toMap(PriceItem::code, Function.identity()));
        if (quantities.isEmpty()) {
            throw new RuleViolationException("empty-quote", "items", "a quote needs at least one line");
        }
        List<Quote.Line> lines = quantities.entrySet().stream().map(wanted -> {
            PriceItem item = byCode.get(wanted.getKey());
            if (item == null) {
                throw new RuleViolationException("unknown-price-code", "items", wanted.getKey() + " is not on the price list");
            }
            if (wanted.getValue() == null || wanted.getValue().signum() <= 0) {
                throw new RuleViolationException("invalid-quantity", "items", "the quantity of " + item.code() + " must be positive");
            }
            BigDecimal amount = item.price().multiply(wanted.getValue()).setScale(2, RoundingMode.HALF_UP);
            return new Quote.Line(item.code(), item.name(), item.unit(), wanted.getValue(), item.price(), amount);
        }).toList();
        return new Quote.Priced(lines, currency);
    }
}
