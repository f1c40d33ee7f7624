package io.propertyops.ticket.workorder.domain;

import io.propertyops.events.ticket.Charges;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.ticket.pricing.domain.Quote;

import java.time.Instant;

/**
 * 报价 of a paid in-unit repair: the quote the technician proposed, if any, and what the owner decided. A new quote
 * replaces one the owner has not approved; work starts only on an approved one.
 *
 * @param quote the current quote; null for free work
 */
public record Quoting(Quote quote) {

    public static final Quoting NONE = new Quoting(null);

    /** The technician's quote, replacing one the owner has not approved. */
    Quoting propose(Quote.Priced priced, String technicianId, Instant at, String number) {
        if (quote != null && quote.status() == Quote.Status.APPROVED) {
            throw new ConflictException("quote-approved", "The owner approved the quote of " + number + " already");
        }
        return new Quoting(priced.proposedBy(technicianId, at));
    }

    /** The owner's decision on the quote waiting for one. */
    Quoting decide(boolean approve, Instant at, String number) {
        if (quote == null || quote.status() != Quote.Status.PROPOSED) {
            throw new ConflictException("no-quote", "Work order " + number + " has no quote waiting for a decision");
        }
        return new Quoting(quote.decided(approve ? Quote.Status.APPROVED : Quote.Status.DECLINED, at));
    }

    /** Work waits for the owner: a quote was made and not approved. */
    boolean holdsBackWork() {
        return quote != null && quote.status() != Quote.Status.APPROVED;
    }

    /** What the owner pays on closing: the approved quote's charges, or null. */
    Charges approvedCharges() {
        return quote != null && quote.status() == Quote.Status.APPROVED ? charges() : null;
    }

    /** The quote as the events carry it. */
    Charges charges() {
        return new Charges(quote.currency(), quote.total().toPlainString(), quote.lines().stream()
                .map(line -> new Charges.Line(line.code(), line.name(), line.unit(), line.quantity().toPlainString(),
                        line.unitPrice().toPlainString(), line.amount().toPlainString()))
                .toList());
    }
}
