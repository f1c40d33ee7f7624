package io.propertyops.ticket.pricing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a paid in-unit repair will cost (报价), as the technician priced it from the community's list, and whether
 * the owner approved it. Work on a quoted repair starts only once the owner approved; the closed work order tells
 * billing what to charge.
 */
public record Quote(List<Line> lines, String currency, Status status, String quotedBy, Instant quotedAt,
                    Instant decidedAt) {

    public enum Status { PROPOSED, APPROVED, DECLINED }

    public Quote {
        lines = List.copyOf(lines);
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(status, "status");
    }

    public BigDecimal total() {
        return lines.stream().map(Line::amount).reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }

    public Quote decided(Status decision, Instant at) {
        return new Quote(lines, currency, decision, quotedBy, quotedAt, at);
    }

    /** Lines priced from a list, not yet proposed to anyone. */
    public record Priced(List<Line> lines, String currency) {

        public Quote proposedBy(String technicianId, Instant at) {
            return new Quote(lines, currency, Status.PROPOSED, technicianId, at, null);
        }
    }

    /** One priced line: quantity × unit price = amount, in cents. */
    public record Line(String code, String name, String unit, BigDecimal quantity, BigDecimal unitPrice,
                       BigDecimal amount) {
    }
}
