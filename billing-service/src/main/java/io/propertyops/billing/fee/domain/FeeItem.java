package io.propertyops.billing.fee.domain;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A fee item (收费项目) of a community — 物业费, water, parking… — with the history of its standard (收费标准): each
 * version in force from its date until the next one's. What was billed stays as it was billed: a version that billed
 * is never edited, and no new version may start on or before the first day of a period already billed
 * ({@code billedUntil}), so every billed period keeps the price it was billed at.
 *
 * @param billedUntil the first day of the latest period billed, null before the first bill
 * @param version     the document's version (the ETag)
 */
public record FeeItem(String id, String communityId, FeeKind kind, String name, List<FeeStandard> standards,
                      LocalDate billedUntil, long version, Instant createdAt, String createdBy) {

    /** The standard a period is billed at, or why it is not billed (a problem code and a sentence). */
    public record Selection(FeeStandard standard, String problem, String reason) {

        public boolean billable() {
            return standard != null;
        }
    }

    public FeeItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        name = requireName(name);
        standards = standards.stream().sorted(Comparator.comparing(FeeStandard::effectiveFrom)).toList();
        if (standards.isEmpty()) {
            throw new RuleViolationException("standard-required", "standard", "A fee item has a standard");
        }
        standards.forEach(standard -> requireFits(kind, standard));
    }

    public static FeeItem create(String id, String communityId, FeeKind kind, String name, FeeStandard first,
                                 Instant at, String by) {
        return new FeeItem(id, communityId, kind, name, List.of(first.numbered(1)), null, 1, at, by);
    }

    public FeeItem renamed(String newName) {
        return new FeeItem(id, communityId, kind, newName, standards, billedUntil, version + 1, createdAt, createdBy);
    }

    /**
     * Adds a version from its date — or, when an unbilled version starts on the same date, replaces that one.
     *
     * @throws ConflictException {@code standard-billed} when the version of that date has billed,
     *                           {@code period-billed} when a period from that date on was billed already
     */
    public FeeItem withStandard(FeeStandard draft) {
        List<FeeStandard> next = new ArrayList<>(standards);
        Optional<FeeStandard> sameDay = standards.stream()
                .filter(standard -> standard.effectiveFrom().equals(draft.effectiveFrom())).findFirst();
        if (sameDay.isPresent() && sameDay.get().billed()) {
            throw new ConflictException("standard-billed", "The standard from " + draft.effectiveFrom()
                    + " has billed and is kept as it is; a new price starts on a later date");
        }
        if (billedUntil != null && !draft.effectiveFrom().isAfter(billedUntil)) {
            throw new ConflictException("period-billed", "Periods from " + billedUntil + " were billed; a new standard "
                    + "starts after " + billedUntil);
        }
        if (sameDay.isPresent()) {
            next.set(next.indexOf(sameDay.get()), draft.numbered(sameDay.get().number()));
        } else {
            next.add(draft.numbered(standards.stream().mapToInt(FeeStandard::number).max().orElse(0) + 1));
        }
        return new FeeItem(id, communityId, kind, name, next, billedUntil, version + 1, createdAt, createdBy);
    }

    /** The version in force on {@code day}, if any starts on or before it. */
    public Optional<FeeStandard> inForceOn(LocalDate day) {
        FeeStandard found = null;
        for (FeeStandard standard : standards) {
            if (!standard.effectiveFrom().isAfter(day)) {
                found = standard;
            }
        }
        return Optional.ofNullable(found);
    }

    /**
     * The standard {@code period} is billed at on {@code today} — the version in force on its first day — unless
     * no version is in force then, the version's cycle does not bill a period of that form, or the fee is postpaid
     * and the period is not over.
     */
    public Selection selectFor(BillingPeriod period, LocalDate today) {
        Optional<FeeStandard> standard = inForceOn(period.firstDay());
        if (standard.isEmpty()) {
            return new Selection(null, "standard-not-in-force", name + " has no standard in force on "
                    + period.firstDay() + " (its first starts " + standards.getFirst().effectiveFrom() + ")");
        }
        FeeStandard found = standard.get();
        if (!found.cycle().bills(period)) {
            return new Selection(null, "period-not-in-cycle", name + " is billed " + found.cycle()
                    + ", not by " + period.kind().name().toLowerCase() + " (" + period + ")");
        }
        if (found.mode() == BillingMode.POSTPAID && !period.endedBy(today)) {
            return new Selection(null, "period-not-ended", name + " is postpaid: " + period + " is billed after "
                    + period.lastDay());
        }
        return new Selection(found, null, null);
    }

    /** The item after {@code period} was billed at the version in force on its first day. */
    public FeeItem billed(BillingPeriod period) {
        FeeStandard standard = inForceOn(period.firstDay()).orElseThrow();
        boolean unchanged = standard.billed() && billedUntil != null && !period.firstDay().isAfter(billedUntil);
        if (unchanged) {
            return this;
        }
        List<FeeStandard> next = standards.stream().map(s -> s == standard ? s.markBilled() : s).toList();
        LocalDate until = billedUntil == null || period.firstDay().isAfter(billedUntil) ? period.firstDay() : billedUntil;
        return new FeeItem(id, communityId, kind, name, next, until, version + 1, createdAt, createdBy);
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank() || name.strip().length() > 60) {
            throw new RuleViolationException("invalid-name", "name", "A fee item's name is 1 to 60 characters");
        }
        return name.strip();
    }

    private static void requireFits(FeeKind kind, FeeStandard standard) {
        if (standard.formula() == Formula.METERED && kind.meterKind().isEmpty()) {
            throw new RuleViolationException("metered-kind", "standard.formula", "Only water, electricity, gas and "
                    + "heating fees are metered (facility-service reads no meters of " + kind + ")");
        }
    }
}
