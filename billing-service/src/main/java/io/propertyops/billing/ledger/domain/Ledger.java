package io.propertyops.billing.ledger.domain;

import io.propertyops.billing.ledger.domain.LedgerLine.ChargeTerms;
import io.propertyops.billing.ledger.domain.LedgerLine.Kind;
import io.propertyops.billing.ledger.domain.LedgerLine.PaymentTerms;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A payer's ledger (分户账): the immutable lines, and what they add up to. Every command checks the rules, then
 * answers the ledger with its new lines appended and the lines it posted; nothing is ever changed or removed, so
 * every figure (what a charge still owes, the prepaid balance, the arrears) is derived from the lines.
 *
 * <p>The rules every command keeps (checked over random sequences by the property tests): every line's amount is
 * positive; no charge's outstanding amount falls below zero (an allocation, discount or waiver never exceeds
 * what it still owes); no payment's unallocated amount falls below zero (its allocations and refunds never
 * exceed it). Commands are idempotent on their line id: the same command again posts nothing, the same id with
 * other content is a conflict.
 */
public final class Ledger {

    /** The ledger after a command and the lines the command posted (none when it had been done before). */
    public record Posting(Ledger ledger, List<LedgerLine> posted) {

        public boolean changed() {
            return !posted.isEmpty();
        }
    }

    /** A charge or late fee that still owes money. */
    public record OpenCharge(LedgerLine line, Money outstanding) {
    }

    private static final Comparator<LedgerLine> OLDEST_FIRST = Comparator.comparing(LedgerLine::dueOn)
            .thenComparing(LedgerLine::postedAt).thenComparing(LedgerLine::id);

    private final Payer payer;
    private final String communityId;
    private final List<LedgerLine> lines;
    private final long version;
    private final Map<String, LedgerLine> byId = new LinkedHashMap<>();
    private final Map<String, Money> outstanding = new LinkedHashMap<>();
    private final Map<String, Money> unallocated = new LinkedHashMap<>();
    private final Map<String, Money> allocated = new LinkedHashMap<>();

    private Ledger(Payer payer, String communityId, List<LedgerLine> lines, long version) {
        this.payer = Objects.requireNonNull(payer, "payer");
        this.communityId = Objects.requireNonNull(communityId, "communityId");
        this.lines = List.copyOf(lines);
        this.version = version;
        lines.forEach(this::add);
    }

    public static Ledger open(Payer payer, String communityId) {
        return new Ledger(payer, communityId, List.of(), 0);
    }

    /** A ledger as stored; its lines are taken as they are (see {@link LedgerInvariants} for checking them). */
    public static Ledger restore(Payer payer, String communityId, List<LedgerLine> lines, long version) {
        return new Ledger(payer, communityId, lines, version);
    }

    private void add(LedgerLine line) {
        byId.put(line.id(), line);
        Money amount = line.amount();
        switch (line.kind()) {
            case CHARGE, LATE_FEE -> outstanding.put(line.id(), amount);
            case PAYMENT -> unallocated.put(line.id(), amount);
            case ALLOCATION -> {
                outstanding.computeIfPresent(line.chargeId(), (id, owed) -> owed.minus(amount));
                unallocated.computeIfPresent(line.paymentId(), (id, left) -> left.minus(amount));
                allocated.merge(pair(line.paymentId(), line.chargeId()), amount, Money::plus);
            }
            case ALLOCATION_REVERSAL -> {
                outstanding.computeIfPresent(line.chargeId(), (id, owed) -> owed.plus(amount));
                unallocated.computeIfPresent(line.paymentId(), (id, left) -> left.plus(amount));
                allocated.merge(pair(line.paymentId(), line.chargeId()), amount, Money::minus);
            }
            case DISCOUNT, WAIVER -> outstanding.computeIfPresent(line.chargeId(), (id, owed) -> owed.minus(amount));
            case REFUND, PAYMENT_REVERSAL ->
                    unallocated.computeIfPresent(line.paymentId(), (id, left) -> left.minus(amount));
        }
    }

    private static String pair(String paymentId, String chargeId) {
        return paymentId + "\u0000" + chargeId;
    }

    // --- commands ---

    /** The payer owes {@code amount} for what {@code terms} say (a bill's line, a repair, a deposit…). */
    public Posting charge(String id, ChargeTerms terms, Money amount, Instant at, String by) {
        return owe(LedgerLine.owed(id, Kind.CHARGE, positive(amount), at, by, null, terms, null));
    }

    /** A late fee (滞纳金) on charge {@code principalId}, posted by the daily job. */
    public Posting lateFee(String id, String principalId, ChargeTerms terms, Money amount, Instant at, String by) {
        LedgerLine principal = owedLine(principalId);
        if (principal.kind() != Kind.CHARGE) {
            throw new RuleViolationException("not-a-charge", "chargeId", "A late fee is charged on a charge, not on " + principal.kind());
        }
        return owe(LedgerLine.owed(id, Kind.LATE_FEE, positive(amount), at, by, principalId, terms, null));
    }

    private Posting owe(LedgerLine line) {
        return existing(line).orElseGet(() -> append(List.of(line)));
    }

    /**
     * Money received: posted whole, then allocated — to the charges the payer chose, in their order, or when
     * they chose none to every open charge oldest first (by due day). What is left is prepaid balance (预存),
     * which {@link #applyPrepaid} spends on charges as they fall due.
     */
    public Posting pay(String id, PaymentTerms terms, Money amount, List<String> chosen, Instant at, String by) {
        LedgerLine payment = LedgerLine.payment(id, positive(amount), at, by, terms);
        Optional<Posting> done = existing(payment);
        if (done.isPresent()) {
            return done.get();
        }
        List<LedgerLine> targets = new ArrayList<>();
        if (chosen == null || chosen.isEmpty()) {
            targets.addAll(openCharges().stream().map(OpenCharge::line).toList());
        } else {
            for (String chargeId : chosen) {
                targets.add(owedLine(chargeId));
            }
        }
        List<LedgerLine> posted = new ArrayList<>();
        posted.add(payment);
        Money left = payment.amount();
        Map<String, Money> owed = new LinkedHashMap<>(outstanding);
        for (LedgerLine charge : targets) {
            Money share = left.min(owed.get(charge.id()));
            if (share.isPositive()) {
                posted.add(LedgerLine.movement(allocationId(id, charge.id(), lines.size() + posted.size()), Kind.ALLOCATION, share,
                        at, by, charge.id(), id, null, null));
                owed.put(charge.id(), owed.get(charge.id()).minus(share));
                left = left.minus(share);
            }
        }
        return append(posted);
    }

    /**
     * The prepaid balance pays what has fallen due by {@code today} (the due-day job): the oldest payments'
     * unallocated money first, to the oldest charges first. Posts nothing when there is no balance or nothing due.
     */
    public Posting applyPrepaid(LocalDate today, Instant at, String by) {
        List<LedgerLine> due = openCharges().stream().map(OpenCharge::line)
                .filter(line -> !line.dueOn().isAfter(today)).toList();
        List<LedgerLine> posted = new ArrayList<>();
        Map<String, Money> credit = new LinkedHashMap<>(unallocated);
        for (LedgerLine charge : due) {
            Money owed = outstanding.get(charge.id());
            for (Map.Entry<String, Money> payment : credit.entrySet()) {
                Money share = owed.min(payment.getValue());
                if (share.isPositive()) {
                    posted.add(LedgerLine.movement(allocationId(payment.getKey(), charge.id(), lines.size() + posted.size()),
                            Kind.ALLOCATION, share, at, by, charge.id(), payment.getKey(), null, "prepaid"));
                    payment.setValue(payment.getValue().minus(share));
                    owed = owed.minus(share);
                }
            }
        }
        return posted.isEmpty() ? new Posting(this, List.of()) : append(posted);
    }

    /** A discount (优惠) on what a charge still owes. */
    public Posting discount(String id, String chargeId, Money amount, String note, Instant at, String by) {
        return reduce(LedgerLine.movement(id, Kind.DISCOUNT, positive(amount), at, by, chargeId, null, null, note));
    }

    /** A waiver (减免) of what a charge or late fee still owes, approved by {@code approvalId}. */
    public Posting waive(String id, String chargeId, Money amount, String approvalId, String note, Instant at, String by) {
        Objects.requireNonNull(approvalId, "approvalId");
        return reduce(LedgerLine.movement(id, Kind.WAIVER, positive(amount), at, by, chargeId, null, approvalId, note));
    }

    private Posting reduce(LedgerLine line) {
        Optional<Posting> done = existing(line);
        if (done.isPresent()) {
            return done.get();
        }
        Money owed = outstanding.get(owedLine(line.chargeId()).id());
        if (line.amount().exceeds(owed)) {
            throw new RuleViolationException("exceeds-outstanding", "amount", "Charge " + line.chargeId()
                    + " owes " + owed + ", less than " + line.amount());
        }
        return append(List.of(line));
    }

    /** Pays back unallocated money of a payment (退款), approved by {@code approvalId}. */
    public Posting refund(String id, String paymentId, Money amount, String approvalId, String note, Instant at, String by) {
        Objects.requireNonNull(approvalId, "approvalId");
        LedgerLine refund = LedgerLine.movement(id, Kind.REFUND, positive(amount), at, by, null, paymentId, approvalId, note);
        Optional<Posting> done = existing(refund);
        if (done.isPresent()) {
            return done.get();
        }
        Money left = unallocated(paymentId);
        if (refund.amount().exceeds(left)) {
            throw new RuleViolationException("exceeds-unallocated", "amount", "Payment " + paymentId + " has "
                    + left + " unallocated, less than " + refund.amount());
        }
        return append(List.of(refund));
    }

    /**
     * Cancels a payment (a cashier's batch cancelled, a provider's payment reversed): its allocations are
     * reversed, so the charges it settled owe again, and then the payment itself. A payment already partly
     * refunded cannot be reversed — that money has left.
     */
    public Posting reversePayment(String id, String paymentId, String note, Instant at, String by) {
        if (byId.get(id) instanceof LedgerLine done) {
            if (done.kind() != Kind.PAYMENT_REVERSAL || !paymentId.equals(done.paymentId())) {
                throw new ConflictException("line-exists", "Line " + id + " exists with other content");
            }
            return new Posting(this, List.of());
        }
        LedgerLine payment = paymentLine(paymentId);
        if (lines.stream().anyMatch(line -> paymentId.equals(line.paymentId())
                && (line.kind() == Kind.REFUND || line.kind() == Kind.PAYMENT_REVERSAL))) {
            throw new ConflictException("payment-settled", "Payment " + paymentId + " was refunded or reversed");
        }
        List<LedgerLine> posted = new ArrayList<>();
        allocated.forEach((key, amount) -> {
            String[] ids = key.split("\u0000");
            if (ids[0].equals(paymentId) && amount.isPositive()) {
                posted.add(LedgerLine.movement(id + "/" + posted.size(), Kind.ALLOCATION_REVERSAL, amount, at, by,
                        ids[1], paymentId, null, note));
            }
        });
        posted.add(LedgerLine.movement(id, Kind.PAYMENT_REVERSAL, payment.amount(), at, by, null, paymentId, null, note));
        return append(posted);
    }

    /**
     * Returns a deposit (退押金): what the payments put on the deposit charge is taken off it again, the charge is
     * closed by a waiver of its whole amount (nothing is owed for a deposit given back), and that money is paid back
     * from the payments it came from. Approved by {@code approvalId}; a deposit never paid is simply closed.
     */
    public Posting returnDeposit(String id, String chargeId, String approvalId, Instant at, String by) {
        Objects.requireNonNull(approvalId, "approvalId");
        if (byId.containsKey(id)) {
            LedgerLine done = byId.get(id);
            if (done.kind() != Kind.WAIVER || !chargeId.equals(done.chargeId())) {
                throw new ConflictException("line-exists", "Line " + id + " exists with other content");
            }
            return new Posting(this, List.of());
        }
        LedgerLine deposit = owedLine(chargeId);
        List<LedgerLine> posted = new ArrayList<>();
        Map<String, Money> back = new LinkedHashMap<>();
        allocated.forEach((key, amount) -> {
            String[] ids = key.split("\u0000");
            if (ids[1].equals(chargeId) && amount.isPositive()) {
                posted.add(LedgerLine.movement(id + "/back/" + posted.size(), Kind.ALLOCATION_REVERSAL, amount, at, by,
                        chargeId, ids[0], approvalId, "deposit returned"));
                back.merge(ids[0], amount, Money::plus);
            }
        });
        Money owedNow = outstanding.get(deposit.id()).plus(back.values().stream().reduce(Money.ZERO, Money::plus));
        if (owedNow.isPositive()) {
            posted.add(LedgerLine.movement(id, Kind.WAIVER, owedNow, at, by, chargeId, null, approvalId, "deposit returned"));
        }
        back.forEach((paymentId, amount) -> posted.add(LedgerLine.movement(id + "/refund/" + paymentId, Kind.REFUND,
                amount, at, by, null, paymentId, approvalId, "deposit returned")));
        return posted.isEmpty() ? new Posting(this, List.of()) : append(posted);
    }

    private Optional<Posting> existing(LedgerLine line) {
        LedgerLine before = byId.get(line.id());
        if (before == null) {
            return Optional.empty();
        }
        if (!sameCommand(before, line)) {
            throw new ConflictException("line-exists", "Line " + line.id() + " exists with other content");
        }
        return Optional.of(new Posting(this, List.of()));
    }

    private static boolean sameCommand(LedgerLine a, LedgerLine b) {
        return a.kind() == b.kind() && a.amount().equals(b.amount()) && Objects.equals(a.chargeId(), b.chargeId())
                && Objects.equals(a.paymentId(), b.paymentId()) && Objects.equals(a.charge(), b.charge())
                && Objects.equals(a.payment(), b.payment());
    }

    private Posting append(List<LedgerLine> posted) {
        for (LedgerLine line : posted) {
            if (byId.containsKey(line.id())) {
                throw new ConflictException("line-exists", "Line " + line.id() + " exists");
            }
        }
        List<LedgerLine> next = new ArrayList<>(lines.size() + posted.size());
        next.addAll(lines);
        next.addAll(posted);
        return new Posting(new Ledger(payer, communityId, next, version), List.copyOf(posted));
    }

    private static String allocationId(String paymentId, String chargeId, int sequence) {
        return paymentId + ">" + chargeId + "#" + sequence;
    }

    private static Money positive(Money amount) {
        if (amount == null || !amount.isPositive()) {
            throw new RuleViolationException("invalid-amount", "amount", "An amount is more than zero");
        }
        return amount;
    }

    private LedgerLine owedLine(String chargeId) {
        LedgerLine line = byId.get(chargeId);
        if (line == null || !line.kind().owed()) {
            throw new RuleViolationException("unknown-charge", "chargeId", "No charge " + chargeId + " on this ledger");
        }
        return line;
    }

    private LedgerLine paymentLine(String paymentId) {
        LedgerLine line = byId.get(paymentId);
        if (line == null || line.kind() != Kind.PAYMENT) {
            throw new RuleViolationException("unknown-payment", "paymentId", "No payment " + paymentId + " on this ledger");
        }
        return line;
    }

    // --- what the lines add up to ---

    public Payer payer() {
        return payer;
    }

    public String communityId() {
        return communityId;
    }

    public List<LedgerLine> lines() {
        return lines;
    }

    public long version() {
        return version;
    }

    public Ledger withVersion(long next) {
        return new Ledger(payer, communityId, lines, next);
    }

    public Optional<LedgerLine> line(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** What charge {@code chargeId} still owes. */
    public Money outstanding(String chargeId) {
        return outstanding.get(owedLine(chargeId).id());
    }

    /** What payment {@code paymentId} has not (yet) settled, refunded or lost to a reversal. */
    public Money unallocated(String paymentId) {
        return unallocated.get(paymentLine(paymentId).id());
    }

    /** Charges and late fees that still owe money, oldest (by due day) first. */
    public List<OpenCharge> openCharges() {
        return outstanding.entrySet().stream().filter(e -> e.getValue().isPositive())
                .map(e -> byId.get(e.getKey())).sorted(OLDEST_FIRST)
                .map(line -> new OpenCharge(line, outstanding.get(line.id()))).toList();
    }

    /** Everything the payer still owes. */
    public Money owed() {
        return outstanding.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** The payer's prepaid balance (预存余额): money received and not yet allocated, refunded or reversed. */
    public Money prepaid() {
        return unallocated.values().stream().reduce(Money.ZERO, Money::plus);
    }

    /** Owed minus prepaid: positive when the payer owes, negative when the ledger holds their money. */
    public Money balance() {
        return owed().minus(prepaid());
    }

    /** What was owed on {@code today} and not paid by its due day (the arrears, 欠费). */
    public List<OpenCharge> overdue(LocalDate today) {
        return openCharges().stream().filter(open -> open.line().dueOn().isBefore(today)).toList();
    }
}
