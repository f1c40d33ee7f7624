package io.propertyops.billing.latefee.domain;

import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * A community's late-fee policy (滞纳金规则) for one fee item, or for every item when {@code feeItemId} is null:
 * after {@code graceDays} past the due day, either a daily rate on what the charge still owes (e.g. 0.0005, the
 * 万分之五 per day common in property service contracts) or a one-off amount; the late fees of one charge never
 * exceed {@code capShare} of its amount; nothing accrues before {@code startsOn}.
 *
 * <p>Late fees are posted as ledger lines by a daily job — never computed at the till — as the difference between
 * what has accrued up to the day and what was posted before, so a job that missed days catches up, one that runs
 * twice posts nothing twice, and a waived late fee is not posted again.
 */
public record LateFeePolicy(String id, String communityId, String feeItemId, int graceDays, Mode mode,
                            BigDecimal dailyRate, Money oneOffAmount, BigDecimal capShare, LocalDate startsOn,
                            long version) {

    public enum Mode { DAILY_RATE, ONE_OFF }

    public LateFeePolicy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(startsOn, "startsOn");
        if (graceDays < 0 || graceDays > 365) {
            throw new RuleViolationException("invalid-policy", "graceDays", "Grace days run from 0 to 365");
        }
        if (mode == Mode.DAILY_RATE && (dailyRate == null || dailyRate.signum() <= 0 || dailyRate.compareTo(new BigDecimal("0.01")) > 0)) {
            throw new RuleViolationException("invalid-policy", "dailyRate", "A daily rate is more than 0 and at most 0.01 (1% a day)");
        }
        if (mode == Mode.ONE_OFF && (oneOffAmount == null || !oneOffAmount.isPositive())) {
            throw new RuleViolationException("invalid-policy", "oneOffAmount", "A one-off late fee is an amount above zero");
        }
        if (capShare != null && (capShare.signum() <= 0 || capShare.compareTo(BigDecimal.ONE) > 0)) {
            throw new RuleViolationException("invalid-policy", "capShare", "The cap is a share of the principal, above 0 and at most 1");
        }
    }

    /** Whether it applies to charges of this fee item (its own item, or every item). */
    public boolean covers(String itemId) {
        return feeItemId == null || feeItemId.equals(itemId);
    }

    /** The first day a charge due on {@code dueOn} is late under this policy. */
    public LocalDate lateFrom(LocalDate dueOn) {
        LocalDate afterGrace = dueOn.plusDays(graceDays + 1L);
        return afterGrace.isBefore(startsOn) ? startsOn : afterGrace;
    }

    /**
     * What is still to be posted on charge {@code principal} for the days up to and including {@code asOf}: all
     * that has accrued (each late day, the rate on what the charge owed at that day's start, in {@code zone}),
     * rounded half up to the fen and capped, less the late fees already posted on it. Zero when nothing more is due.
     */
    public Money due(Ledger ledger, LedgerLine principal, LocalDate asOf, ZoneId zone) {
        if (principal.kind() != LedgerLine.Kind.CHARGE || !covers(principal.charge().feeItemId())) {
            return Money.ZERO;
        }
        LocalDate from = lateFrom(principal.dueOn());
        if (from.isAfter(asOf)) {
            return Money.ZERO;
        }
        List<LedgerLine> reductions = ledger.lines().stream()
                .filter(line -> principal.id().equals(line.chargeId()) && !line.kind().owed()).toList();
        BigDecimal accrued = BigDecimal.ZERO;
        if (mode == Mode.ONE_OFF) {
            if (owedAtStartOf(principal, reductions, from, zone).signum() > 0) {
                accrued = oneOffAmount.yuan();
            }
        } else {
            for (LocalDate day = from; !day.isAfter(asOf); day = day.plusDays(1)) {
                BigDecimal owed = owedAtStartOf(principal, reductions, day, zone);
                if (owed.signum() > 0) {
                    accrued = accrued.add(owed.multiply(dailyRate));
                }
            }
        }
        if (capShare != null) {
            accrued = accrued.min(principal.amount().yuan().multiply(capShare));
        }
        Money total = new Money(accrued.setScale(2, RoundingMode.HALF_UP));
        Money posted = ledger.lines().stream()
                .filter(line -> line.kind() == LedgerLine.Kind.LATE_FEE && principal.id().equals(line.chargeId()))
                .map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
        Money left = total.minus(posted);
        return left.isPositive() ? left : Money.ZERO;
    }

    private static BigDecimal owedAtStartOf(LedgerLine principal, List<LedgerLine> reductions, LocalDate day, ZoneId zone) {
        var start = day.atStartOfDay(zone).toInstant();
        BigDecimal owed = principal.amount().yuan();
        for (LedgerLine line : reductions) {
            if (line.postedAt().isBefore(start)) {
                owed = line.kind() == LedgerLine.Kind.ALLOCATION_REVERSAL ? owed.add(line.amount().yuan())
                        : owed.subtract(line.amount().yuan());
            }
        }
        return owed;
    }
}
