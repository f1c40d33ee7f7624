package io.propertyops.billing.billrun.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A bill run (出账) of a community's period: which fee items it bills, how far it has got and what it has billed.
 * It posts its bills a page of payers at a time, in the order of their ledger keys, and records after each page the
 * last payer done ({@code cursor}) and what the page added; a run that stopped (the process died: its heartbeat
 * grows old, or it failed) is resumed from there by starting it again, and one that is done is run again from the
 * start — which posts nothing a second time, every charge's id being derived from its (community, period, item,
 * payer).
 *
 * @param feeItemIds the items it bills (all the community's that bill the period, unless some were chosen)
 * @param leftOut    items of the community it does not bill, and why (a run of all items)
 * @param runner     the token of the attempt running it: a page is recorded only by the attempt that holds it
 * @param cursor     the ledger key of the last payer whose bill is posted and recorded; null before the first page
 * @param planned    the bills this attempt is to post in all
 * @param samples    the first skipped payers, at most {@value #SAMPLES}
 */
public record BillRun(String id, String communityId, String period, List<String> feeItemIds, List<LeftOut> leftOut,
                      Status status, int attempt, String runner, Instant heartbeatAt, String cursor, Instant startedAt,
                      String startedBy, Instant finishedAt, long planned, Tally tally, long skipped,
                      Map<String, Long> skippedByReason, List<BillComposer.Skip> samples, String error, long version) {

    public static final int SAMPLES = 100;

    public enum Status { DRY_RUN, RUNNING, DONE, FAILED }

    /** A fee item a run of all items leaves out, with the problem code and why. */
    public record LeftOut(String feeItemId, String name, String problem, String reason) {
    }

    public BillRun {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        feeItemIds = List.copyOf(feeItemIds);
        leftOut = List.copyOf(leftOut);
        skippedByReason = Map.copyOf(skippedByReason);
        samples = List.copyOf(samples);
        Objects.requireNonNull(tally, "tally");
    }

    /** What a run would bill, computed and not stored. */
    public static BillRun dryRun(String id, String communityId, String period, List<String> feeItemIds,
                                 List<LeftOut> leftOut, BillComposer.Composition composition, Instant at, String by) {
        return new BillRun(id, communityId, period, feeItemIds, leftOut, Status.DRY_RUN, 0, null, null, null, at, by, at,
                composition.bills().size(), Tally.of(composition.bills(), 0), 0, Map.of(), List.of(), null, 0)
                .withSkipped(composition.skipped());
    }

    /** A new run, claimed by {@code runner}. */
    public static BillRun start(String id, String communityId, String period, List<String> feeItemIds,
                                List<LeftOut> leftOut, String runner, Instant at, String by) {
        return new BillRun(id, communityId, period, feeItemIds, leftOut, Status.RUNNING, 1, runner, at, null, at, by, null,
                0, Tally.NONE, 0, Map.of(), List.of(), null, 1);
    }

    /** Whether it is running and its runner has shown no sign of life for {@code lease}: it died. */
    public boolean stalled(Instant now, Duration lease) {
        return status == Status.RUNNING && heartbeatAt.plus(lease).isBefore(now);
    }

    /**
     * Started again: a stalled or failed run goes on from its cursor with what it has billed; a finished one runs again
     * from the start, counting afresh (what it finds posted counts as existing, not posted).
     */
    public BillRun startedAgain(String newRunner, Instant at, String by) {
        if (status == Status.DONE) {
            return new BillRun(id, communityId, period, feeItemIds, leftOut, Status.RUNNING, attempt + 1, newRunner, at,
                    null, at, by, null, 0, Tally.NONE, 0, Map.of(), List.of(), null, version + 1);
        }
        return new BillRun(id, communityId, period, feeItemIds, leftOut, Status.RUNNING, attempt + 1, newRunner, at,
                cursor, startedAt, startedBy, null, planned, tally, skipped, skippedByReason, samples, null, version + 1);
    }

    /** What the attempt found to bill: the bills in all and, when it starts from the beginning, the payers skipped. */
    public BillRun planned(BillComposer.Composition composition, Instant at) {
        BillRun next = new BillRun(id, communityId, period, feeItemIds, leftOut, status, attempt, runner, at, cursor,
                startedAt, startedBy, finishedAt, composition.bills().size(), tally, skipped, skippedByReason, samples,
                error, version + 1);
        return cursor == null ? next.withSkipped(composition.skipped()) : next;
    }

    /** A page of bills posted and recorded, up to and including the payer {@code lastKey}. */
    public BillRun pageDone(Tally page, String lastKey, Instant at) {
        return new BillRun(id, communityId, period, feeItemIds, leftOut, status, attempt, runner, at, lastKey, startedAt,
                startedBy, finishedAt, planned, tally.plus(page), skipped, skippedByReason, samples, error, version + 1);
    }

    public BillRun done(Instant at) {
        return new BillRun(id, communityId, period, feeItemIds, leftOut, Status.DONE, attempt, runner, at, cursor,
                startedAt, startedBy, at, planned, tally, skipped, skippedByReason, samples, null, version + 1);
    }

    public BillRun failed(Instant at, String why) {
        return new BillRun(id, communityId, period, feeItemIds, leftOut, Status.FAILED, attempt, runner, at, cursor,
                startedAt, startedBy, at, planned, tally, skipped, skippedByReason, samples, why, version + 1);
    }

    private BillRun withSkipped(List<BillComposer.Skip> all) {
        Map<String, Long> byReason = new LinkedHashMap<>();
        all.forEach(skip -> byReason.merge(skip.reason(), 1L, Long::sum));
        List<BillComposer.Skip> first = new ArrayList<>(all.subList(0, Math.min(SAMPLES, all.size())));
        return new BillRun(id, communityId, period, feeItemIds, leftOut, status, attempt, runner, heartbeatAt, cursor,
                startedAt, startedBy, finishedAt, planned, tally, all.size(), byReason, first, error, version);
    }
}
