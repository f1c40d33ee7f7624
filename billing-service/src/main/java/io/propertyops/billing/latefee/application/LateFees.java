package io.propertyops.billing.latefee.application;

import io.propertyops.billing.latefee.domain.LateFeePolicy;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.billing.LateFeePosted;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Late-fee policies and the posting of late fees (滞纳金): each day, for every charge past its due day and grace,
 * what has accrued and is not posted yet becomes a {@code LATE_FEE} line on the payer's ledger, due at once, with
 * {@code LateFeePosted}. The most specific policy wins: the charge's own fee item's, else the community's
 * every-item policy. Posting is idempotent per charge, day and total accrued (line id {@code late:<chargeId>:<day>:<fen>}).
 */
@Service
public class LateFees {

    /** What an editor sets; the id is derived from community and item. */
    public record PolicyInput(String feeItemId, int graceDays, LateFeePolicy.Mode mode, BigDecimal dailyRate,
                              Money oneOffAmount, BigDecimal capShare, LocalDate startsOn) {
    }

    private final LateFeePolicyStore policies;
    private final Ledgers ledgers;
    private final LateFeeProperties properties;
    private final Clock clock;

    LateFees(LateFeePolicyStore policies, Ledgers ledgers, LateFeeProperties properties, Clock clock) {
        this.policies = policies;
        this.ledgers = ledgers;
        this.properties = properties;
        this.clock = clock;
    }

    public static String idOf(String communityId, String feeItemId) {
        return communityId + ":" + (feeItemId == null ? "all" : feeItemId);
    }

    public List<LateFeePolicy> policies(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return policies.inCommunity(communityId);
    }

    /** Sets the community's policy for an item (or every item): new, or over the version the editor read. */
    public LateFeePolicy set(Caller caller, String communityId, PolicyInput input, Long expectedVersion) {
        caller.requireCommunity(communityId);
        String id = idOf(communityId, input.feeItemId());
        Optional<LateFeePolicy> current = policies.find(id);
        long read = current.map(LateFeePolicy::version).orElse(0L);
        if (expectedVersion != null && expectedVersion != read) {
            throw new PreconditionFailedException("stale-version", "The policy is at version " + read);
        }
        LateFeePolicy next = new LateFeePolicy(id, communityId, input.feeItemId(), input.graceDays(), input.mode(),
                input.dailyRate(), input.oneOffAmount(), input.capShare(),
                input.startsOn() != null ? input.startsOn() : LocalDate.now(clock.withZone(properties.zone())), read + 1);
        if (!policies.save(next, read)) {
            throw new ConflictException("busy", "The policy changed meanwhile; read it again");
        }
        return next;
    }

    public LateFeePolicy get(Caller caller, String id) {
        return policies.find(id).filter(policy -> caller.inCommunity(policy.communityId()))
                .orElseThrow(() -> new NotFoundException("Late-fee policy", id));
    }

    /** Posts what has accrued up to {@code asOf} on the community's charges; the number of late-fee lines posted. */
    public int post(String communityId, LocalDate asOf) {
        List<LateFeePolicy> rules = policies.inCommunity(communityId).stream()
                .sorted(Comparator.comparing(policy -> policy.feeItemId() == null)).toList();
        if (rules.isEmpty()) {
            return 0;
        }
        int posted = 0;
        List<Ledger> all = ledgers.inCommunity(communityId);
        for (int from = 0; from < all.size(); from += properties.page()) {
            Map<Payer, Ledgers.Command> commands = new LinkedHashMap<>();
            for (Ledger ledger : all.subList(from, Math.min(all.size(), from + properties.page()))) {
                if (!owedLate(ledger, rules, asOf).isEmpty()) {
                    commands.put(ledger.payer(), new Ledgers.Command(current -> postOn(current, rules, asOf),
                            this::events));
                }
            }
            posted += ledgers.postAll(communityId, commands).values().stream().mapToInt(p -> p.posted().size()).sum();
        }
        return posted;
    }

    private Map<LedgerLine, Money> owedLate(Ledger ledger, List<LateFeePolicy> rules, LocalDate asOf) {
        Map<LedgerLine, Money> due = new LinkedHashMap<>();
        for (Ledger.OpenCharge open : ledger.overdue(asOf)) {
            LedgerLine charge = open.line();
            if (charge.kind() != LedgerLine.Kind.CHARGE) {
                continue;
            }
            rules.stream().filter(rule -> rule.covers(charge.charge().feeItemId())).findFirst()
                    .map(rule -> rule.due(ledger, charge, asOf, properties.zone()))
                    .filter(Money::isPositive).ifPresent(amount -> due.put(charge, amount));
        }
        return due;
    }

    private Ledger.Posting postOn(Ledger ledger, List<LateFeePolicy> rules, LocalDate asOf) {
        Ledger.Posting result = new Ledger.Posting(ledger, List.of());
        List<LedgerLine> lines = new ArrayList<>();
        for (Map.Entry<LedgerLine, Money> due : owedLate(ledger, rules, asOf).entrySet()) {
            LedgerLine principal = due.getKey();
            // the id names the day and the total accrued by then: the same state posts the same line (nothing twice),
            // a later change on the same day (a reversed payment) posts the difference under a new id
            Money accruedTotal = due.getValue().plus(postedOn(result.ledger(), principal));
            Ledger.Posting posting = result.ledger().lateFee("late:" + principal.id() + ":" + asOf + ":" + accruedTotal.fen(),
                    principal.id(),
                    new LedgerLine.ChargeTerms("late-fee", "滞纳金（" + principal.charge().feeName() + "）",
                            principal.charge().period(), principal.charge().billId(), asOf),
                    due.getValue(), clock.instant(), "late-fee-job");
            lines.addAll(posting.posted());
            result = new Ledger.Posting(posting.ledger(), lines);
        }
        return new Ledger.Posting(result.ledger(), List.copyOf(lines));
    }

    private static Money postedOn(Ledger ledger, LedgerLine principal) {
        return ledger.lines().stream()
                .filter(line -> line.kind() == LedgerLine.Kind.LATE_FEE && principal.id().equals(line.chargeId()))
                .map(LedgerLine::amount).reduce(Money.ZERO, Money::plus);
    }

    private List<? extends DomainEvent> events(Ledger before, Ledger.Posting posting) {
        Payer payer = before.payer();
        return posting.posted().stream().map(line -> new LateFeePosted(UUID.randomUUID().toString(), line.id(),
                line.postedAt(), before.communityId(), payer.key(), payer.kind() == Payer.Kind.UNIT ? payer.id() : null,
                line.chargeId(), line.amount().toString(), line.dueOn())).toList();
    }
}
