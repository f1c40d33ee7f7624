package io.propertyops.billing.disclosure.application;

import io.propertyops.billing.ledger.domain.BillingDay;
import io.propertyops.billing.arrears.domain.Receivables;
import io.propertyops.billing.disclosure.domain.Disclosure;
import io.propertyops.billing.ledger.application.Ledgers;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.events.billing.DisclosurePublished;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Monthly disclosures (收支公示): drafted and edited by finance, published by another person with the fee income of
 * the month (what was collected in it, by fee item) and the collection rate of the month's own charges computed
 * from the ledgers and frozen; corrected only by a new version.
 */
@Service
public class Disclosures {

    private final DisclosureStore store;
    private final Ledgers ledgers;
    private final Clock clock;

    Disclosures(DisclosureStore store, Ledgers ledgers, Clock clock) {
        this.store = store;
        this.ledgers = ledgers;
        this.clock = clock;
    }

    /** Starts the month's first draft, or a correction of its latest published version; an open draft is answered. */
    public Disclosure start(Caller caller, String communityId, YearMonth month) {
        caller.requireCommunity(communityId);
        List<Disclosure> ofMonth = store.inCommunity(communityId).stream().filter(d -> d.month().equals(month))
                .sorted(Comparator.comparingInt(Disclosure::version).reversed()).toList();
        if (!ofMonth.isEmpty() && ofMonth.getFirst().status() == Disclosure.Status.DRAFT) {
            return ofMonth.getFirst();
        }
        Disclosure draft = Disclosure.draft(communityId, month, ofMonth.isEmpty() ? null : ofMonth.getFirst(),
                caller.id(), clock.instant());
        store.insert(draft);
        // as stored: its revision is the one an edit sends back (If-Match), whoever inserted it
        return store.find(draft.id()).orElseThrow();
    }

    public Disclosure edit(Caller caller, String id, List<Disclosure.Line> expenses, List<Disclosure.Line> commonIncome,
                           String changes, Long expectedRevision) {
        Disclosure current = get(caller, id);
        checkRevision(current, expectedRevision);
        Disclosure edited = current.edit(expenses, commonIncome, changes, caller.id(), clock.instant());
        if (!store.save(edited, current.revision(), List.of())) {
            throw new ConflictException("busy", "Disclosure " + id + " changed meanwhile; read it again");
        }
        return store.find(id).orElseThrow();
    }

    public Disclosure publish(Caller caller, String id, Long expectedRevision) {
        Disclosure current = get(caller, id);
        checkRevision(current, expectedRevision);
        Instant end = BillingDay.startOf(current.month().plusMonths(1).atDay(1));
        Instant start = BillingDay.startOf(current.month().atDay(1));
        List<Ledger> all = ledgers.inCommunity(current.communityId());
        Map<String, Money> collected = new LinkedHashMap<>();
        for (Ledger ledger : all) {
            for (LedgerLine line : ledger.lines()) {
                if ((line.kind() == LedgerLine.Kind.ALLOCATION || line.kind() == LedgerLine.Kind.ALLOCATION_REVERSAL)
                        && !line.postedAt().isBefore(start) && line.postedAt().isBefore(end)) {
                    String fee = ledger.line(line.chargeId()).map(charge -> charge.charge().feeName()).orElse("其他");
                    Money amount = line.kind() == LedgerLine.Kind.ALLOCATION ? line.amount() : Money.ZERO.minus(line.amount());
                    collected.merge(fee, amount, Money::plus);
                }
            }
        }
        List<Disclosure.Income> income = new ArrayList<>();
        collected.forEach((fee, amount) -> income.add(new Disclosure.Income(fee, amount)));
        BigDecimal rate = Receivables.of(all, current.month().toString(), end, line -> "all").values().stream()
                .reduce(Receivables.NONE, Receivables::plus).collectionRate();
        Disclosure published = current.publish(income, rate, caller.id(), clock.instant());
        if (!store.save(published, current.revision(), List.of(new DisclosurePublished(UUID.randomUUID().toString(),
                published.id(), published.publishedAt(), published.communityId(), published.month().toString(),
                published.version(), published.month().getYear() + "年" + published.month().getMonthValue() + "月收支公示"
                        + (published.version() > 1 ? "（更正）" : ""), published.changes())))) {
            throw new ConflictException("busy", "Disclosure " + id + " changed meanwhile; read it again");
        }
        return store.find(id).orElseThrow();
    }

    public Disclosure get(Caller caller, String id) {
        return store.find(id).filter(d -> caller.inCommunity(d.communityId()))
                .orElseThrow(() -> new NotFoundException("Disclosure", id));
    }

    public List<Disclosure> inCommunity(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return store.inCommunity(communityId).stream().sorted(Comparator.comparing(Disclosure::month).reversed()
                .thenComparing(Comparator.comparingInt(Disclosure::version).reversed())).toList();
    }

    /** What owners see: the published versions of their communities, newest month and version first. */
    public List<Disclosure> published(Caller caller) {
        return caller.communityIds().stream().sorted().flatMap(community -> store.inCommunity(community).stream())
                .filter(d -> d.status() == Disclosure.Status.PUBLISHED)
                .sorted(Comparator.comparing(Disclosure::month).reversed()
                        .thenComparing(Comparator.comparingInt(Disclosure::version).reversed())).toList();
    }

    private static void checkRevision(Disclosure current, Long expected) {
        if (expected != null && expected != current.revision()) {
            throw new PreconditionFailedException("stale-version", "Disclosure " + current.id() + " is at "
                    + current.revision());
        }
    }
}
