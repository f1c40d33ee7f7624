package io.propertyops.billing.billrun.application;

import io.propertyops.billing.billrun.domain.BillComposer;
import io.propertyops.billing.billrun.domain.BillComposer.ItemToBill;
import io.propertyops.billing.billrun.domain.BillKeys;
import io.propertyops.billing.billrun.domain.BillRun;
import io.propertyops.billing.billrun.domain.PayerBill;
import io.propertyops.billing.billrun.domain.Tally;
import io.propertyops.billing.fee.application.Consumptions;
import io.propertyops.billing.fee.application.FeeItems;
import io.propertyops.billing.fee.domain.Attachment;
import io.propertyops.billing.fee.domain.BillingPeriod;
import io.propertyops.billing.fee.domain.FeeItem;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * Bill runs (出账): a dry run computes a period's bills and answers what they add up to, writing nothing; a real
 * run posts them, a page of payers at a time, in the background, recording its progress after each page so that
 * starting it again resumes it where it stopped (or, once it is done, runs it again and posts nothing twice).
 */
@Service
@EnableConfigurationProperties(BillProperties.class)
public class BillRuns {

    private static final Logger log = LoggerFactory.getLogger(BillRuns.class);
    private static final int ATTEMPTS = 5;

    /**
     * What staff ask for.
     *
     * @param feeItemIds the items to bill; empty for all the community's items that bill the period
     */
    public record Request(String communityId, String period, List<String> feeItemIds) {
    }

    /** The run as it stands, and whether this call started (or resumed) it rather than finding it running. */
    public record Started(BillRun run, boolean started) {
    }

    private record Plan(BillingPeriod period, LocalDate today, List<ItemToBill> items, List<BillRun.LeftOut> leftOut,
                        String runId) {

        List<String> itemIds() {
            return items.stream().map(item -> item.item().id()).toList();
        }
    }

    /** Someone else took the run over (it was started again while this attempt seemed dead). */
    private static final class LostRun extends RuntimeException {
        LostRun(String id) {
            super("Bill run " + id + " was taken over", null, false, false);
        }
    }

    private final FeeItems fees;
    private final Consumptions consumptions;
    private final UnitAreas units;
    private final BillPosting posting;
    private final BillRunStore store;
    private final BillProperties properties;
    private final Clock clock;
    private final ExecutorService runners;

    BillRuns(FeeItems fees, Consumptions consumptions, UnitAreas units, BillPosting posting, BillRunStore store,
             BillProperties properties, Clock clock) {
        this.fees = fees;
        this.consumptions = consumptions;
        this.units = units;
        this.posting = posting;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.runners = Executors.newFixedThreadPool(Math.max(1, properties.runners()),
                Thread.ofPlatform().name("bill-run-", 0).daemon(true).factory());
    }

    @PreDestroy
    void stop() {
        runners.shutdownNow();
    }

    /** What a run would bill — bills, lines and totals per item and building, payers skipped and why — writing nothing. */
    public BillRun dryRun(Caller caller, Request request) {
        caller.requireCommunity(request.communityId());
        Plan plan = plan(request.communityId(), request.period(), request.feeItemIds());
        return BillRun.dryRun(plan.runId(), request.communityId(), plan.period().text(), plan.itemIds(), plan.leftOut(),
                compose(request.communityId(), plan, plan.today()), clock.instant(), caller.id());
    }

    /**
     * Starts the run in the background — or resumes it, when it stopped part-way, or runs it again, when it is done —
     * and answers it as it starts; a run that is running answers as it stands.
     */
    public Started start(Caller caller, Request request) {
        Started claimed = claim(caller, request);
        if (claimed.started()) {
            runners.submit(() -> attempt(claimed.run(), Integer.MAX_VALUE));
        }
        return claimed;
    }

    /**
     * As {@link #start}, but posting in the calling thread and at most {@code pageLimit} pages, after which the run
     * is left as a process that died would leave it (running, its heartbeat growing old): for operations that want
     * to pace a run, and for tests.
     */
    public BillRun runNow(Caller caller, Request request, int pageLimit) {
        Started claimed = claim(caller, request);
        return claimed.started() ? attempt(claimed.run(), pageLimit) : claimed.run();
    }

    public BillRun get(Caller caller, String id) {
        return store.find(id).filter(run -> caller.inCommunity(run.communityId()))
                .orElseThrow(() -> new NotFoundException("Bill run", id));
    }

    public List<BillRun> list(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return store.inCommunity(communityId).stream()
                .sorted(Comparator.comparing(BillRun::startedAt).reversed().thenComparing(BillRun::id)).toList();
    }

    private Started claim(Caller caller, Request request) {
        caller.requireCommunity(request.communityId());
        Plan plan = plan(request.communityId(), request.period(), request.feeItemIds());
        plan.items().forEach(item -> fees.markBilled(item.item().id(), plan.period()));
        String runner = UUID.randomUUID().toString();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<BillRun> found = store.find(plan.runId());
            if (found.isEmpty()) {
                BillRun run = BillRun.start(plan.runId(), request.communityId(), plan.period().text(), plan.itemIds(),
                        plan.leftOut(), runner, clock.instant(), caller.id());
                if (store.insert(run)) {
                    return new Started(run, true);
                }
                continue;
            }
            BillRun run = found.get();
            if (run.status() == BillRun.Status.RUNNING && !run.stalled(clock.instant(), properties.lease())) {
                return new Started(run, false);
            }
            BillRun again = run.startedAgain(runner, clock.instant(), caller.id());
            if (store.replace(again, run.version())) {
                return new Started(again, true);
            }
        }
        throw new OptimisticLockingFailureException("Bill run " + plan.runId() + " kept changing");
    }

    /** Posts the run's remaining pages (at most {@code pageLimit}) and records each; the run as this attempt left it. */
    private BillRun attempt(BillRun claimed, int pageLimit) {
        BillRun run = claimed;
        try {
            Plan plan = plan(run.communityId(), run.period(), run.feeItemIds());
            // the bills of every attempt are issued on the day the run started: due days after issue stay the same
            BillComposer.Composition composition = compose(run.communityId(), plan,
                    LocalDate.ofInstant(run.startedAt(), properties.zone()));
            run = record(run, run.planned(composition, clock.instant()));
            String cursor = run.cursor();
            List<PayerBill> todo = composition.bills().stream()
                    .filter(bill -> cursor == null || bill.payer().key().compareTo(cursor) > 0).toList();
            int pages = 0;
            for (int from = 0; from < todo.size(); from += properties.pageSize()) {
                if (pages++ >= pageLimit) {
                    return run;
                }
                List<PayerBill> page = todo.subList(from, Math.min(todo.size(), from + properties.pageSize()));
                List<BillPosting.Posted> posted = posting.post(run.communityId(), page, clock.instant(),
                        run.startedBy());
                Tally tally = Tally.of(posted.stream().map(BillPosting.Posted::billed).toList(),
                        posted.stream().mapToLong(BillPosting.Posted::postedLines).sum());
                run = record(run, run.pageDone(tally, page.getLast().payer().key(), clock.instant()));
            }
            BillRun done = record(run, run.done(clock.instant()));
            log.info("Bill run {} of {} {} done: {} bills, {} lines posted, {} found posted, total {}", done.id(),
                    done.communityId(), done.period(), done.tally().bills(), done.tally().posted(),
                    done.tally().existing(), done.tally().total());
            return done;
        } catch (LostRun lost) {
            log.warn("{}; this attempt stops", lost.getMessage());
            return store.find(run.id()).orElse(run);
        } catch (RuntimeException e) {
            log.error("Bill run {} failed; starting it again resumes it", run.id(), e);
            try {
                return record(run, run.failed(clock.instant(), String.valueOf(e.getMessage())));
            } catch (RuntimeException notRecorded) {
                return run;
            }
        }
    }

    private BillRun record(BillRun read, BillRun next) {
        if (!store.replace(next, read.version())) {
            throw new LostRun(read.id());
        }
        return next;
    }

    /**
     * The items a period is billed for and the standard of each: the chosen ones, every one of which must bill the
     * period, or else all the community's items that do (the others left out, with the reason).
     */
    private Plan plan(String communityId, String periodText, List<String> chosen) {
        BillingPeriod period = BillingPeriod.parse(periodText);
        LocalDate today = LocalDate.ofInstant(clock.instant(), properties.zone());
        List<FeeItem> all = fees.inCommunity(communityId);
        Map<String, List<Attachment>> attached = fees.attachmentsInCommunity(communityId).stream()
                .collect(Collectors.groupingBy(Attachment::feeItemId));
        List<ItemToBill> items = new ArrayList<>();
        List<BillRun.LeftOut> leftOut = new ArrayList<>();
        if (chosen != null && !chosen.isEmpty()) {
            for (String id : new LinkedHashSet<>(chosen)) {
                FeeItem item = all.stream().filter(candidate -> candidate.id().equals(id)).findFirst()
                        .orElseThrow(() -> new RuleViolationException("unknown-fee-item", "feeItemIds",
                                "The community has no fee item " + id));
                FeeItem.Selection selection = item.selectFor(period, today);
                if (!selection.billable()) {
                    throw new RuleViolationException(selection.problem(), "period", selection.reason());
                }
                items.add(new ItemToBill(item, selection.standard(), attached.getOrDefault(id, List.of())));
            }
        } else {
            for (FeeItem item : all) {
                FeeItem.Selection selection = item.selectFor(period, today);
                if (selection.billable()) {
                    items.add(new ItemToBill(item, selection.standard(), attached.getOrDefault(item.id(), List.of())));
                } else {
                    leftOut.add(new BillRun.LeftOut(item.id(), item.name(), selection.problem(), selection.reason()));
                }
            }
        }
        if (items.isEmpty()) {
            throw new RuleViolationException("nothing-to-bill", "period", "No fee item of the community bills " + period
                    + (leftOut.isEmpty() ? "" : ": " + leftOut.stream().map(BillRun.LeftOut::reason)
                    .collect(Collectors.joining("; "))));
        }
        List<String> ids = items.stream().map(item -> item.item().id()).toList();
        return new Plan(period, today, items, leftOut, BillKeys.run(communityId, period.text(), ids));
    }

    private BillComposer.Composition compose(String communityId, Plan plan, LocalDate issuedOn) {
        List<BilledUnit> known = units.inCommunity(communityId);
        List<String> keys = BillComposer.consumptionKeys(communityId, plan.period(), plan.items(), known);
        Map<String, BigDecimal> consumed = keys.isEmpty() ? Map.of() : consumptions.find(keys).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().quantity()));
        return new BillComposer(communityId, plan.period(), issuedOn, known, consumed::get).compose(plan.items());
    }
}
