package io.propertyops.facility.equipment.domain;

import io.propertyops.events.facility.EquipmentStateChanged;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;

/**
 * A piece of equipment of the ledger (设施设备台账): what it is and where, its state and every change of it, the
 * downtimes (停机记录) its failures and corrective work caused, the work orders about it (维修记录) with their cost,
 * its scrap requests (报废申请) and the holds that keep it out of service (an expired statutory certificate).
 *
 * <p>Each change returns the equipment at the next version, with the event it causes, if any; the repository writes
 * both at once, on the version it read.
 *
 * @param qrCode       the value its QR label (二维码标签) carries: opaque and stable, never the id
 * @param stateSince   when it entered its state
 * @param repairCost   the sum of the charges of its closed work orders, CNY
 * @param registeredAt when it was entered in the ledger: reliability counts from here
 */
public record Equipment(String id, String communityId, EquipmentDetails details, String qrCode, EquipmentState state,
                        Instant stateSince, List<HistoryEntry> history, List<Downtime> downtimes,
                        List<WorkOrderRecord> workOrders, List<ScrapRequest> scrapRequests, List<Hold> holds,
                        BigDecimal repairCost, Instant registeredAt, long version) {

    /** The person id recorded for changes nobody made by hand (a work order resolved, a certificate expired). */
    public static final String SYSTEM = "system";
    /** The states one may register new equipment in. */
    public static final Set<EquipmentState> INITIAL_STATES = Set.of(EquipmentState.OPERATIONAL, EquipmentState.STANDBY,
            EquipmentState.IDLE);
    /** The kinds of place that are common property, whose equipment owners may report about. */
    private static final Set<LocationKind> COMMON_PLACES = Set.of(LocationKind.COMMUNITY, LocationKind.BUILDING,
            LocationKind.COMMON_AREA, LocationKind.PARKING_AREA);

    public Equipment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(qrCode, "qrCode");
        Objects.requireNonNull(state, "state");
        history = history == null ? List.of() : List.copyOf(history);
        downtimes = downtimes == null ? List.of() : List.copyOf(downtimes);
        workOrders = workOrders == null ? List.of() : List.copyOf(workOrders);
        scrapRequests = scrapRequests == null ? List.of() : List.copyOf(scrapRequests);
        holds = holds == null ? List.of() : List.copyOf(holds);
        repairCost = repairCost == null ? BigDecimal.ZERO.setScale(2) : repairCost;
    }

    /** One line of its history: a state change, an edit, a work order, a scrap request, a hold. */
    public record HistoryEntry(Instant at, Kind kind, EquipmentState from, EquipmentState to, String reason,
                               String workOrderId, String actorId) {

        public enum Kind {
            REGISTERED, EDITED, STATE_CHANGED, SCRAP_REQUESTED, SCRAP_REJECTED, WORK_ORDER_LINKED,
            WORK_ORDER_RESOLVED, WORK_ORDER_CLOSED, OUT_OF_SERVICE, BACK_IN_SERVICE
        }
    }

    /**
     * A time it could not run: opened by a failure (a change into DOWN) or by corrective work (UNDER_MAINTENANCE for a
     * repair), ended when it returned to operation or standby ({@code repaired}) or was scrapped (not repaired).
     *
     * @param failure     whether a change into DOWN opened it or happened during it: the failures reliability counts
     * @param stateBefore the state it left, to return to when a work order's resolution ends the downtime
     * @param workOrderId the work order that fixed it (or was opened for it); null while none is known
     */
    public record Downtime(int number, Instant startedAt, boolean failure, String reason, EquipmentState stateBefore,
                           String workOrderId, Instant endedAt, boolean repaired) {

        public boolean open() {
            return endedAt == null;
        }

        Downtime linkedTo(String workOrder) {
            return new Downtime(number, startedAt, failure, reason, stateBefore, workOrder, endedAt, repaired);
        }

        Downtime asFailure() {
            return new Downtime(number, startedAt, true, reason, stateBefore, workOrderId, endedAt, repaired);
        }

        Downtime ended(Instant at, boolean wasRepaired, String workOrder) {
            return new Downtime(number, startedAt, failure, reason, stateBefore, workOrder != null ? workOrder : workOrderId,
                    at, wasRepaired);
        }
    }

    /** A work order about it (维修记录), as ticket-service told: when it was linked, resolved and closed, what it cost. */
    public record WorkOrderRecord(String workOrderId, String number, String kind, String category, String title,
                                  Instant linkedAt, Instant resolvedAt, String result, Instant closedAt, BigDecimal cost) {

        WorkOrderRecord resolved(Instant at, String what) {
            return new WorkOrderRecord(workOrderId, number, kind, category, title, linkedAt, at, what, closedAt, cost);
        }

        WorkOrderRecord closed(Instant at, BigDecimal charged) {
            return new WorkOrderRecord(workOrderId, number, kind, category, title, linkedAt, resolvedAt, result, at, charged);
        }
    }

    /** A request to scrap it (报废申请): made by one person, approved or rejected by a property manager. */
    public record ScrapRequest(String id, String reason, String requestedBy, Instant requestedAt, Status status,
                               String decidedBy, Instant decidedAt, String note) {

        public enum Status { PENDING, APPROVED, REJECTED }

        ScrapRequest decided(Status outcome, String by, Instant at, String why) {
            return new ScrapRequest(id, reason, requestedBy, requestedAt, outcome, by, at, why);
        }
    }

    /** Something that keeps it out of service whatever its state, e.g. an expired certificate (its id is the hold's). */
    public record Hold(String id, String reason, Instant since) {
    }

    /** The equipment after a change, and the event the change caused (null for none). */
    public record Changed(Equipment equipment, EquipmentStateChanged event) {
    }

    /** New equipment in the ledger, in one of {@link #INITIAL_STATES}, at version 1. */
    public static Equipment register(String id, String communityId, EquipmentDetails details, String qrCode,
                                     EquipmentState initial, String actorId, Instant at) {
        EquipmentState state = initial == null ? EquipmentState.OPERATIONAL : initial;
        if (!INITIAL_STATES.contains(state)) {
            throw new RuleViolationException("invalid-initial-state", "state",
                    "New equipment is registered OPERATIONAL, STANDBY or IDLE, not " + state);
        }
        return new Equipment(id, communityId, details, qrCode, state, at,
                List.of(new HistoryEntry(at, HistoryEntry.Kind.REGISTERED, null, state, "registered", null, actorId)),
                List.of(), List.of(), List.of(), List.of(), null, at, 1);
    }

    /** The ledger facts as edited; the state, its history and the QR code stay. */
    public Equipment edit(EquipmentDetails edited, String actorId, Instant at) {
        requireNotScrapped();
        return next(edited, state, stateSince, append(entry(at, HistoryEntry.Kind.EDITED, state, state, "edited", null, actorId)),
                downtimes, workOrders, scrapRequests, holds, repairCost);
    }

    /**
     * Changes its state by hand. Into DOWN opens a failure downtime (or makes the open one a failure); into
     * UNDER_MAINTENANCE for corrective work opens a downtime; back to OPERATIONAL or STANDBY ends the open one as
     * repaired, linked to the work order given or the one it had.
     *
     * @param corrective for UNDER_MAINTENANCE: whether it is a repair (a downtime) rather than planned upkeep
     */
    public Changed changeState(EquipmentState to, String reason, String workOrderId, boolean corrective, String actorId,
                               Instant at) {
        requireNotScrapped();
        if (to == EquipmentState.SCRAPPED) {
            throw new RuleViolationException("scrap-needs-approval", "state",
                    "Equipment is scrapped through a scrap request a property manager approves");
        }
        if (to == state) {
            throw new ConflictException("already-in-state", "Equipment " + details.code() + " is " + state + " already");
        }
        if (!state.next().contains(to)) {
            throw new ConflictException("illegal-transition", "Equipment " + details.code() + " cannot go from " + state
                    + " to " + to);
        }
        Optional<Downtime> open = openDowntime();
        if (to == EquipmentState.IDLE && open.isPresent()) {
            throw new ConflictException("repair-first", "Equipment " + details.code()
                    + " has an open downtime: bring it back into operation or scrap it");
        }
        List<Downtime> nextDowntimes = new ArrayList<>(downtimes);
        if (to == EquipmentState.DOWN) {
            if (open.isEmpty()) {
                nextDowntimes.add(new Downtime(downtimes.size() + 1, at, true, reason, state, workOrderId, null, false));
            } else {
                replace(nextDowntimes, open.get(), d -> (workOrderId == null ? d : d.linkedTo(workOrderId)).asFailure());
            }
        } else if (to == EquipmentState.UNDER_MAINTENANCE && corrective && open.isEmpty()) {
            nextDowntimes.add(new Downtime(downtimes.size() + 1, at, false, reason, state, workOrderId, null, false));
        } else if (to.inOperation() && open.isPresent()) {
            replace(nextDowntimes, open.get(), d -> d.ended(at, true, workOrderId));
        } else if (open.isPresent() && workOrderId != null) {
            replace(nextDowntimes, open.get(), d -> d.linkedTo(workOrderId));
        }
        String linked = workOrderId != null ? workOrderId : open.map(Downtime::workOrderId).orElse(null);
        return moved(to, reason, linked, actorId, at, nextDowntimes, workOrders, scrapRequests);
    }

    /** Asks for it to be scrapped; one request waits at a time. */
    public Equipment requestScrap(String requestId, String reason, String actorId, Instant at) {
        requireNotScrapped();
        if (pendingScrapRequest().isPresent()) {
            throw new ConflictException("scrap-request-pending", "Equipment " + details.code()
                    + " has a scrap request waiting for a decision");
        }
        List<ScrapRequest> requests = new ArrayList<>(scrapRequests);
        requests.add(new ScrapRequest(requestId, reason, actorId, at, ScrapRequest.Status.PENDING, null, null, null));
        return next(details, state, stateSince, append(entry(at, HistoryEntry.Kind.SCRAP_REQUESTED, state, state, reason,
                null, actorId)), downtimes, workOrders, requests, holds, repairCost);
    }

    /**
     * Approves a waiting scrap request: it is scrapped (报废), and an open downtime ends unrepaired. Four eyes: whoever
     * asked may not approve.
     */
    public Changed approveScrap(String requestId, String deciderId, String note, Instant at) {
        ScrapRequest request = pendingRequest(requestId);
        if (request.requestedBy().equals(deciderId)) {
            throw new RuleViolationException("four-eyes", "requestId",
                    "A scrap request is approved by a property manager other than the one who made it");
        }
        List<Downtime> nextDowntimes = new ArrayList<>(downtimes);
        openDowntime().ifPresent(open -> replace(nextDowntimes, open, d -> d.ended(at, false, null)));
        List<ScrapRequest> requests = new ArrayList<>(scrapRequests);
        replaceRequest(requests, request, request.decided(ScrapRequest.Status.APPROVED, deciderId, at, note));
        return moved(EquipmentState.SCRAPPED, request.reason(), null, deciderId, at, nextDowntimes, workOrders, requests);
    }

    public Equipment rejectScrap(String requestId, String deciderId, String note, Instant at) {
        ScrapRequest request = pendingRequest(requestId);
        List<ScrapRequest> requests = new ArrayList<>(scrapRequests);
        replaceRequest(requests, request, request.decided(ScrapRequest.Status.REJECTED, deciderId, at, note));
        return next(details, state, stateSince, append(entry(at, HistoryEntry.Kind.SCRAP_REJECTED, state, state, note,
                null, deciderId)), downtimes, workOrders, requests, holds, repairCost);
    }

    /**
     * ticket-service opened a work order about it (or added a finding about it to one): recorded once, and an open
     * downtime that names no work order yet is linked to it. Empty when it was recorded already.
     */
    public Optional<Equipment> workOrderLinked(String workOrderId, String number, String kind, String category,
                                               String title, Instant at) {
        if (workOrder(workOrderId).isPresent()) {
            return Optional.empty();
        }
        List<WorkOrderRecord> records = new ArrayList<>(workOrders);
        records.add(new WorkOrderRecord(workOrderId, number, kind, category, title, at, null, null, null, null));
        List<Downtime> nextDowntimes = new ArrayList<>(downtimes);
        openDowntime().filter(open -> open.workOrderId() == null)
                .ifPresent(open -> replace(nextDowntimes, open, d -> d.linkedTo(workOrderId)));
        return Optional.of(next(details, state, stateSince, append(entry(at, HistoryEntry.Kind.WORK_ORDER_LINKED, state,
                state, number, workOrderId, SYSTEM)), nextDowntimes, records, scrapRequests, holds, repairCost));
    }

    /**
     * A work order about it was resolved (完工): recorded once; the downtime linked to it — or, when none is, the open
     * one — ends as repaired by it, and the equipment returns to the state it left (operation or standby). Empty when
     * the work order is not one of its own or its resolution was recorded already.
     */
    public Optional<Changed> workOrderResolved(String workOrderId, String result, Instant at) {
        Optional<WorkOrderRecord> record = workOrder(workOrderId);
        if (record.isEmpty() || record.get().resolvedAt() != null) {
            return Optional.empty();
        }
        List<WorkOrderRecord> records = new ArrayList<>(workOrders);
        replaceRecord(records, record.get(), record.get().resolved(at, result));
        return Optional.of(repairedBy(workOrderId, result == null ? "work order resolved" : result, at, records));
    }

    /**
     * A work order about it was closed: recorded once, its charges added to the repair cost; a downtime still open
     * for it ends as when it was resolved. Empty when the work order is not one of its own or was closed already.
     */
    public Optional<Changed> workOrderClosed(String workOrderId, BigDecimal cost, Instant at) {
        Optional<WorkOrderRecord> record = workOrder(workOrderId);
        if (record.isEmpty() || record.get().closedAt() != null) {
            return Optional.empty();
        }
        List<WorkOrderRecord> records = new ArrayList<>(workOrders);
        BigDecimal charged = cost == null ? null : cost.setScale(2, java.math.RoundingMode.HALF_UP);
        replaceRecord(records, record.get(), record.get().closed(at, charged));
        Equipment withCost = new Equipment(id, communityId, details, qrCode, state, stateSince, history, downtimes,
                workOrders, scrapRequests, holds, charged == null ? repairCost : repairCost.add(charged), registeredAt, version);
        return Optional.of(withCost.repairedBy(workOrderId, "work order " + record.get().number() + " closed", at, records));
    }

    private Changed repairedBy(String workOrderId, String reason, Instant at, List<WorkOrderRecord> records) {
        Optional<Downtime> open = openDowntime().filter(d -> d.workOrderId() == null || d.workOrderId().equals(workOrderId));
        if (open.isEmpty() || state == EquipmentState.SCRAPPED) {
            HistoryEntry.Kind kind = records.stream().filter(r -> r.workOrderId().equals(workOrderId))
                    .anyMatch(r -> r.closedAt() != null) ? HistoryEntry.Kind.WORK_ORDER_CLOSED : HistoryEntry.Kind.WORK_ORDER_RESOLVED;
            return new Changed(next(details, state, stateSince, append(entry(at, kind, state, state, reason, workOrderId,
                    SYSTEM)), downtimes, records, scrapRequests, holds, repairCost), null);
        }
        List<Downtime> nextDowntimes = new ArrayList<>(downtimes);
        replace(nextDowntimes, open.get(), d -> d.ended(at, true, workOrderId));
        EquipmentState back = open.get().stateBefore() == EquipmentState.STANDBY ? EquipmentState.STANDBY
                : EquipmentState.OPERATIONAL;
        return moved(back, reason, workOrderId, SYSTEM, at, nextDowntimes, records, scrapRequests);
    }

    /** Holds it out of service (an expired certificate); once per hold. Empty when held so already. */
    public Optional<Equipment> hold(String holdId, String reason, Instant at) {
        if (holds.stream().anyMatch(h -> h.id().equals(holdId))) {
            return Optional.empty();
        }
        List<Hold> nextHolds = new ArrayList<>(holds);
        nextHolds.add(new Hold(holdId, reason, at));
        return Optional.of(next(details, state, stateSince, append(entry(at, HistoryEntry.Kind.OUT_OF_SERVICE, state, state,
                reason, null, SYSTEM)), downtimes, workOrders, scrapRequests, nextHolds, repairCost));
    }

    /** Lifts the holds of these ids (a valid certificate recorded); empty when it had none of them. */
    public Optional<Equipment> release(Set<String> holdIds, String reason, String actorId, Instant at) {
        List<Hold> kept = holds.stream().filter(h -> !holdIds.contains(h.id())).toList();
        if (kept.size() == holds.size()) {
            return Optional.empty();
        }
        return Optional.of(next(details, state, stateSince, append(entry(at, HistoryEntry.Kind.BACK_IN_SERVICE, state,
                state, reason, null, actorId)), downtimes, workOrders, scrapRequests, kept, repairCost));
    }

    /** Out of service (停用) while anything holds it. */
    public boolean outOfService() {
        return !holds.isEmpty();
    }

    /** Whether owners may see it by its QR label: common property of the estate, not a unit's or a sold space's, and not scrapped. */
    public boolean publicAsset() {
        return COMMON_PLACES.contains(details.location().kind()) && state != EquipmentState.SCRAPPED;
    }

    public Optional<Downtime> openDowntime() {
        return downtimes.stream().filter(Downtime::open).findFirst();
    }

    public Optional<ScrapRequest> pendingScrapRequest() {
        return scrapRequests.stream().filter(r -> r.status() == ScrapRequest.Status.PENDING).findFirst();
    }

    public Optional<WorkOrderRecord> workOrder(String workOrderId) {
        return workOrders.stream().filter(r -> r.workOrderId().equals(workOrderId)).findFirst();
    }

    /** A new id for a scrap request. */
    public static String newRequestId() {
        return UUID.randomUUID().toString();
    }

    private ScrapRequest pendingRequest(String requestId) {
        ScrapRequest request = scrapRequests.stream().filter(r -> r.id().equals(requestId)).findFirst()
                .orElseThrow(() -> new NotFoundException("ScrapRequest", requestId));
        if (request.status() != ScrapRequest.Status.PENDING) {
            throw new ConflictException("scrap-request-decided", "The scrap request was " + request.status() + " already");
        }
        return request;
    }

    private void requireNotScrapped() {
        if (state == EquipmentState.SCRAPPED) {
            throw new ConflictException("scrapped", "Equipment " + details.code() + " is scrapped");
        }
    }

    private Changed moved(EquipmentState to, String reason, String workOrderId, String actorId, Instant at,
                          List<Downtime> nextDowntimes, List<WorkOrderRecord> records, List<ScrapRequest> requests) {
        Equipment moved = next(details, to, at, append(entry(at, HistoryEntry.Kind.STATE_CHANGED, state, to, reason,
                workOrderId, actorId)), nextDowntimes, records, requests, holds, repairCost);
        return new Changed(moved, new EquipmentStateChanged(UUID.randomUUID().toString(), id, at, communityId,
                details.code(), details.name(), details.locationName(), state.name(), to.name(), reason, workOrderId,
                actorId, moved.version()));
    }

    private Equipment next(EquipmentDetails nextDetails, EquipmentState nextState, Instant since, List<HistoryEntry> nextHistory,
                           List<Downtime> nextDowntimes, List<WorkOrderRecord> records, List<ScrapRequest> requests,
                           List<Hold> nextHolds, BigDecimal cost) {
        return new Equipment(id, communityId, nextDetails, qrCode, nextState, since, nextHistory, nextDowntimes, records,
                requests, nextHolds, cost, registeredAt, version + 1);
    }

    private static HistoryEntry entry(Instant at, HistoryEntry.Kind kind, EquipmentState from, EquipmentState to,
                                      String reason, String workOrderId, String actorId) {
        return new HistoryEntry(at, kind, from, to, reason, workOrderId, actorId);
    }

    private List<HistoryEntry> append(HistoryEntry entry) {
        List<HistoryEntry> next = new ArrayList<>(history);
        next.add(entry);
        return next;
    }

    private static void replace(List<Downtime> list, Downtime old, UnaryOperator<Downtime> change) {
        list.set(list.indexOf(old), change.apply(old));
    }

    private static void replaceRecord(List<WorkOrderRecord> list, WorkOrderRecord old, WorkOrderRecord updated) {
        list.set(list.indexOf(old), updated);
    }

    private static void replaceRequest(List<ScrapRequest> list, ScrapRequest old, ScrapRequest updated) {
        list.set(list.indexOf(old), updated);
    }
}
