package io.propertyops.billing.disclosure.domain;

import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;

/**
 * A community's monthly statement of income and expenses (收支公示), published to its owners. Finance enters the
 * expenses by category and the common-area income (parking, advertising…); a property manager who did not edit it
 * publishes it, and the fee income and collection rate are computed from the ledgers at that moment and frozen.
 * Published, it never changes: a correction is a new version of the same month that says what changed.
 */
public record Disclosure(String id, String communityId, YearMonth month, int version, Status status,
                         List<Line> expenses, List<Line> commonIncome, List<Income> feeIncome,
                         BigDecimal collectionRate, String changes, String editedBy, Instant editedAt,
                         String publishedBy, Instant publishedAt, long revision) {

    public enum Status { DRAFT, PUBLISHED }

    /** An expense (by category: 人员、保洁、绿化、维修、能耗…) or a common-area income (by source). */
    public record Line(String category, Money amount, String note) {

        public Line {
            Objects.requireNonNull(category, "category");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** Fee income of the month by fee item: collected in the month, whatever period it was billed for. */
    public record Income(String feeName, Money collected) {
    }

    public Disclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(month, "month");
        expenses = List.copyOf(expenses);
        commonIncome = List.copyOf(commonIncome);
        feeIncome = List.copyOf(feeIncome);
    }

    public static String idOf(String communityId, YearMonth month, int version) {
        return communityId + ":" + month + ":v" + version;
    }

    /** A first draft of the month, or the draft of a correction carrying the published version's lines. */
    public static Disclosure draft(String communityId, YearMonth month, Disclosure published, String by, Instant at) {
        int version = published == null ? 1 : published.version + 1;
        return new Disclosure(idOf(communityId, month, version), communityId, month, version, Status.DRAFT,
                published == null ? List.of() : published.expenses, published == null ? List.of() : published.commonIncome,
                List.of(), null, null, by, at, null, null, 0);
    }

    public Disclosure edit(List<Line> expenses, List<Line> commonIncome, String changes, String by, Instant at) {
        requireDraft();
        return new Disclosure(id, communityId, month, version, status, expenses, commonIncome, feeIncome, collectionRate,
                changes, by, at, publishedBy, publishedAt, revision);
    }

    /**
     * Published by someone other than its last editor, with the fee figures frozen. A correction says what changed.
     */
    public Disclosure publish(List<Income> income, BigDecimal rate, String by, Instant at) {
        requireDraft();
        if (by.equals(editedBy)) {
            throw new ConflictException("own-edit", "Whoever entered the figures cannot publish them: another person reviews");
        }
        if (version > 1 && (changes == null || changes.isBlank())) {
            throw new RuleViolationException("changes-required", "changes", "A correction says what changed");
        }
        return new Disclosure(id, communityId, month, version, Status.PUBLISHED, expenses, commonIncome, income, rate,
                changes, editedBy, editedAt, by, at, revision);
    }

    private void requireDraft() {
        if (status == Status.PUBLISHED) {
            throw new ConflictException("published", "A published disclosure never changes: start a correction");
        }
    }

    public Money totalExpenses() {
        return expenses.stream().map(Line::amount).reduce(Money.ZERO, Money::plus);
    }

    public Money totalIncome() {
        return feeIncome.stream().map(Income::collected).reduce(Money.ZERO, Money::plus)
                .plus(commonIncome.stream().map(Line::amount).reduce(Money.ZERO, Money::plus));
    }
}
