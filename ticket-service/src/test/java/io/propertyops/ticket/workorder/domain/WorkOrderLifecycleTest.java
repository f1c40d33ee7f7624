package io.propertyops.ticket.workorder.domain;

import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.ticket.WorkOrderAccepted;
import io.propertyops.events.ticket.WorkOrderConfirmed;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderReopened;
import io.propertyops.events.ticket.WorkOrderRevisited;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class WorkOrderLifecycleTest {

    static final Instant T0 = Instant.parse("2026-11-23T02:00:00Z");
    static final Actor OWNER = new Actor("owner-1", Set.of("OWNER"));
    static final Actor OTHER_OWNER = new Actor("owner-2", Set.of("OWNER"));
    static final Actor AGENT = new Actor("agent-zhao", Set.of("CUSTOMER_SERVICE"));
    static final Actor OTHER_AGENT = new Actor("agent-sun", Set.of("CUSTOMER_SERVICE"));
    static final Actor SUPERVISOR = new Actor("supervisor-zheng", Set.of("SUPERVISOR"));
    static final Actor PLUMBER = new Actor("tech-zhou", Set.of("TECHNICIAN"));
    static final Actor ELECTRICIAN = new Actor("tech-wu", Set.of("TECHNICIAN"));

    static WorkOrder kitchenLeak(WorkOrderKind kind) {
        WorkOrder workOrder = WorkOrder.submit("wo-1", "WO-20261123-0001", new WorkOrderRequest("cuihu", "unit-101",
                OWNER.id(), "张伟", null, kind, "plumbing", Urgency.URGENT, Channel.APP, "厨房水管漏水", null, "厨房"),
                Clock.fixed(T0, ZoneOffset.UTC));
        workOrder.pullEvents();
        return workOrder;
    }

    static WorkOrder kitchenLeak() {
        return kitchenLeak(WorkOrderKind.REPAIR);
    }

    /** Drives a fresh repair to the status, the way the loop gets there. */
    static WorkOrder at(WorkOrderStatus status) {
        WorkOrder w = kitchenLeak();
        List<Consumer<WorkOrder>> steps = List.of(
                x -> x.accept(AGENT, T0.plusSeconds(60)),
                x -> x.dispatch(AGENT, PLUMBER.id(), false, T0.plusSeconds(120)),
                x -> x.take(PLUMBER, T0.plusSeconds(180)),
                x -> x.start(PLUMBER, T0.plusSeconds(600)),
                x -> x.hold(PLUMBER, "等待配件", T0.plusSeconds(900)));
        Map<WorkOrderStatus, Integer> stepsTo = Map.of(WorkOrderStatus.SUBMITTED, 0, WorkOrderStatus.ACCEPTED, 1,
                WorkOrderStatus.DISPATCHED, 2, WorkOrderStatus.TAKEN, 3, WorkOrderStatus.IN_PROGRESS, 4,
                WorkOrderStatus.ON_HOLD, 5);
        if (stepsTo.containsKey(status)) {
            steps.subList(0, stepsTo.get(status)).forEach(step -> step.accept(w));
            w.pullEvents();
            return w;
        }
        steps.subList(0, 4).forEach(step -> step.accept(w));
        w.resolve(PLUMBER, "更换角阀", T0.plusSeconds(1800));
        if (status != WorkOrderStatus.RESOLVED) {
            w.confirm(OWNER, T0.plusSeconds(3600));
        }
        if (status == WorkOrderStatus.REVISITED || status == WorkOrderStatus.CLOSED || status == WorkOrderStatus.ARCHIVED) {
            w.revisit(AGENT, true, "满意", T0.plusSeconds(7200));
        }
        if (status == WorkOrderStatus.CLOSED || status == WorkOrderStatus.ARCHIVED) {
            w.close(AGENT, T0.plusSeconds(7300));
        }
        if (status == WorkOrderStatus.ARCHIVED) {
            w.archive(T0.plus(Duration.ofDays(90)));
        }
        if (status == WorkOrderStatus.CANCELLED) {
            throw new IllegalArgumentException("cancelled is reached from SUBMITTED; use cancel()");
        }
        w.pullEvents();
        assertThat(w.status()).isEqualTo(status);
        return w;
    }

    @Test
    void theWholeLoopKeepsTheAcceptingAgentAccountableThroughATransfer() {
        WorkOrder w = kitchenLeak();

        w.accept(AGENT, T0.plusSeconds(60));
        w.dispatch(AGENT, PLUMBER.id(), true, T0.plusSeconds(61));
        w.dispatch(SUPERVISOR, ELECTRICIAN.id(), false, T0.plusSeconds(300));
        w.take(ELECTRICIAN, T0.plusSeconds(360));
        w.start(ELECTRICIAN, T0.plusSeconds(900));
        w.resolve(ELECTRICIAN, "更换角阀，测试无渗漏", T0.plusSeconds(1800));
        w.confirm(OWNER, T0.plusSeconds(3600));
        w.revisit(OTHER_AGENT, true, "业主满意", T0.plusSeconds(7200));
        w.close(AGENT, T0.plusSeconds(7300));

        assertThat(w.status()).isEqualTo(WorkOrderStatus.CLOSED);
        assertThat(w.progress().accountableAgentId()).isEqualTo(AGENT.id());
        assertThat(w.progress().timeline()).extracting(TimelineEntry::action).containsExactly("submitted", "accepted",
                "dispatched", "transferred", "taken", "started", "resolved", "confirmed", "revisited", "closed");
        List<DomainEvent> events = w.pullEvents();
        assertThat(events).hasSize(9);
        assertThat(events.get(0)).isInstanceOfSatisfying(WorkOrderAccepted.class,
                e -> assertThat(e.workOrder().accountableAgentId()).isEqualTo(AGENT.id()));
        assertThat(events.get(2)).isInstanceOfSatisfying(WorkOrderDispatched.class, e -> {
            assertThat(e.assigneeId()).isEqualTo(ELECTRICIAN.id());
            assertThat(e.previousAssigneeId()).isEqualTo(PLUMBER.id());
            assertThat(e.workOrder().accountableAgentId()).isEqualTo(AGENT.id());
        });
        assertThat(events).allSatisfy(e -> assertThat(e.aggregateId()).isEqualTo("wo-1"));
    }

    @Test
    void onlyTheAccountableAgentOrASupervisorCloses() {
        assertThatThrownBy(() -> at(WorkOrderStatus.REVISITED).close(OTHER_AGENT, T0.plusSeconds(8000)))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("accountable");
        WorkOrder w = at(WorkOrderStatus.REVISITED);
        w.close(SUPERVISOR, T0.plusSeconds(8000));
        assertThat(w.status()).isEqualTo(WorkOrderStatus.CLOSED);
    }

    @Test
    void aDeclineNeedsAReasonAndReturnsTheWorkToDispatch() {
        WorkOrder w = at(WorkOrderStatus.DISPATCHED);
        assertThatThrownBy(() -> w.decline(PLUMBER, " ", T0)).isInstanceOf(RuleViolationException.class);

        w.decline(PLUMBER, "今天不在本区域", T0.plusSeconds(200));

        assertThat(w.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
        assertThat(w.progress().assigneeId()).isNull();
        assertThat(w.progress().accountableAgentId()).isEqualTo(AGENT.id());
    }

    @Test
    void aTechnicianActsOnlyOnWorkDispatchedToThem() {
        WorkOrder w = at(WorkOrderStatus.DISPATCHED);

        assertThatThrownBy(() -> w.take(ELECTRICIAN, T0)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> w.decline(ELECTRICIAN, "no", T0)).isInstanceOf(NotFoundException.class);
        assertThat(w.pullEvents()).isEmpty();
    }

    @Test
    void heldTimeIsAddedUpSoThatTheSlaClockCanLeaveItOut() {
        WorkOrder w = at(WorkOrderStatus.ON_HOLD);

        w.resume(PLUMBER, T0.plusSeconds(900 + 3600));
        w.hold(PLUMBER, "等业主在家", T0.plusSeconds(6000));
        w.resume(PLUMBER, T0.plusSeconds(6600));

        assertThat(w.progress().pausedFor()).isEqualTo(Duration.ofMinutes(70));
        assertThat(w.progress().onHoldSince()).isNull();
    }

    @Test
    void theOwnerRejectingTheResultReopensItForDispatchAndCountsIt() {
        WorkOrder w = at(WorkOrderStatus.RESOLVED);
        assertThatThrownBy(() -> w.reject(OTHER_OWNER, "still leaking", T0)).isInstanceOf(NotFoundException.class);

        w.reject(OWNER, "仍然漏水", T0.plusSeconds(4000));

        assertThat(w.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
        assertThat(w.progress().reopenCount()).isEqualTo(1);
        assertThat(w.progress().assigneeId()).isNull();
        assertThat(w.pullEvents()).singleElement().isInstanceOfSatisfying(WorkOrderReopened.class,
                e -> assertThat(e.reopenCount()).isEqualTo(1));
    }

    @Test
    void aNegativeRevisitReopensTheWorkOrder() {
        WorkOrder w = at(WorkOrderStatus.CONFIRMED);

        w.revisit(AGENT, false, "业主反映仍有异味", T0.plusSeconds(8000));

        assertThat(w.status()).isEqualTo(WorkOrderStatus.ACCEPTED);
        assertThat(w.pullEvents()).satisfiesExactly(
                revisited -> assertThat(((WorkOrderRevisited) revisited).satisfied()).isFalse(),
                reopened -> assertThat(reopened).isInstanceOf(WorkOrderReopened.class));
    }

    @Test
    void unconfirmedResultsAreConfirmedByThePlatform() {
        WorkOrder w = at(WorkOrderStatus.RESOLVED);

        w.confirm(Actor.SYSTEM, T0.plus(Duration.ofDays(3)));

        assertThat(w.pullEvents()).singleElement().isInstanceOfSatisfying(WorkOrderConfirmed.class,
                e -> assertThat(e.automatic()).isTrue());
    }

    @Test
    void theReporterCancelsOnlyBeforeDispatchWhileStaffCancelWithAReasonUntilResolution() {
        WorkOrder early = at(WorkOrderStatus.ACCEPTED);
        early.cancel(OWNER, null, T0.plusSeconds(100));
        assertThat(early.status()).isEqualTo(WorkOrderStatus.CANCELLED);

        assertThatThrownBy(() -> at(WorkOrderStatus.DISPATCHED).cancel(OWNER, "changed my mind", T0))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> at(WorkOrderStatus.IN_PROGRESS).cancel(AGENT, null, T0))
                .isInstanceOf(RuleViolationException.class);
        WorkOrder late = at(WorkOrderStatus.IN_PROGRESS);
        late.cancel(AGENT, "业主已自行修好", T0.plusSeconds(1000));
        assertThat(late.status()).isEqualTo(WorkOrderStatus.CANCELLED);
        assertThatThrownBy(() -> at(WorkOrderStatus.RESOLVED).cancel(AGENT, "too late", T0))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void anInquiryIsAnsweredByItsAgentWithoutDispatch() {
        WorkOrder inquiry = kitchenLeak(WorkOrderKind.INQUIRY);
        inquiry.accept(AGENT, T0.plusSeconds(60));

        assertThatThrownBy(() -> inquiry.resolve(OTHER_AGENT, "答复", T0)).isInstanceOf(NotFoundException.class);
        inquiry.resolve(AGENT, "已电话答复业主：停水通知见公告", T0.plusSeconds(600));

        assertThat(inquiry.status()).isEqualTo(WorkOrderStatus.RESOLVED);
        assertThatThrownBy(() -> at(WorkOrderStatus.ACCEPTED).resolve(AGENT, "修好了", T0))
                .as("a repair is resolved by its technician").isInstanceOf(NotFoundException.class);
    }

    @Test
    void theReporterUrgesAtMostOnceEveryThirtyMinutes() {
        WorkOrder w = at(WorkOrderStatus.DISPATCHED);

        w.urge(OWNER, T0.plusSeconds(600));
        assertThatThrownBy(() -> w.urge(OWNER, T0.plusSeconds(600 + 29 * 60))).isInstanceOf(ConflictException.class)
                .hasMessageContaining("urged");
        assertThatThrownBy(() -> w.urge(OTHER_OWNER, T0.plusSeconds(4000))).isInstanceOf(NotFoundException.class);
        w.urge(OWNER, T0.plusSeconds(600 + 30 * 60));

        assertThat(w.pullEvents()).extracting(e -> ((io.propertyops.events.ticket.WorkOrderUrged) e).urgeCount())
                .containsExactly(1, 2);
        assertThat(w.status()).isEqualTo(WorkOrderStatus.DISPATCHED);
        assertThatThrownBy(() -> at(WorkOrderStatus.RESOLVED).urge(OWNER, T0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void changingTheUrgencyNeedsAReasonAndRecomputesTheDeadlines() {
        WorkOrder w = at(WorkOrderStatus.ACCEPTED);
        var recomputed = new io.propertyops.ticket.sla.domain.Deadlines(Map.of(
                io.propertyops.ticket.sla.domain.DeadlineKind.ARRIVAL, new io.propertyops.ticket.sla.domain.Deadline(
                        T0.plusSeconds(1800), io.propertyops.ticket.sla.domain.Counting.ELAPSED, null)), List.of());

        assertThatThrownBy(() -> w.changeUrgency(AGENT, Urgency.EMERGENCY, " ", T0, u -> recomputed))
                .isInstanceOf(RuleViolationException.class);
        assertThatThrownBy(() -> w.changeUrgency(OWNER, Urgency.EMERGENCY, "flooding", T0, u -> recomputed))
                .isInstanceOf(NotFoundException.class);
        w.changeUrgency(AGENT, Urgency.EMERGENCY, "楼下已渗水", T0.plusSeconds(300), u -> recomputed);

        assertThat(w.request().urgency()).isEqualTo(Urgency.EMERGENCY);
        assertThat(w.progress().deadlines()).isEqualTo(recomputed);
        assertThat(w.pullEvents()).singleElement().isInstanceOfSatisfying(
                io.propertyops.events.ticket.WorkOrderUrgencyChanged.class, e -> {
                    assertThat(e.previousUrgency()).isEqualTo("URGENT");
                    assertThat(e.workOrder().urgency()).isEqualTo("EMERGENCY");
                });
        assertThatThrownBy(() -> w.changeUrgency(AGENT, Urgency.EMERGENCY, "again", T0, u -> recomputed))
                .isInstanceOf(ConflictException.class);
    }

    /** Every command against every status it is not allowed from answers 409 and changes nothing. */
    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("illegalTransitions")
    void illegalTransitionsAreConflicts(String command, WorkOrderStatus from, Consumer<WorkOrder> action) {
        WorkOrder w = at(from);

        assertThatThrownBy(() -> action.accept(w)).isInstanceOf(ConflictException.class)
                .hasMessageContaining("cannot");
        assertThat(w.status()).isEqualTo(from);
        assertThat(w.pullEvents()).isEmpty();
    }

    static Stream<Arguments> illegalTransitions() {
        Map<String, Consumer<WorkOrder>> commands = Map.of(
                "accept", w -> w.accept(AGENT, T0),
                "take", w -> w.take(PLUMBER, T0),
                "start", w -> w.start(PLUMBER, T0),
                "hold", w -> w.hold(PLUMBER, "parts", T0),
                "resume", w -> w.resume(PLUMBER, T0),
                "resolve", w -> w.resolve(PLUMBER, "done", T0),
                "confirm", w -> w.confirm(OWNER, T0),
                "revisit", w -> w.revisit(AGENT, true, "ok", T0),
                "close", w -> w.close(AGENT, T0),
                "archive", w -> w.archive(T0));
        Map<String, Set<WorkOrderStatus>> legalFrom = Map.of(
                "accept", EnumSet.of(WorkOrderStatus.SUBMITTED),
                "take", EnumSet.of(WorkOrderStatus.DISPATCHED),
                "start", EnumSet.of(WorkOrderStatus.TAKEN),
                "hold", EnumSet.of(WorkOrderStatus.IN_PROGRESS),
                "resume", EnumSet.of(WorkOrderStatus.ON_HOLD),
                "resolve", EnumSet.of(WorkOrderStatus.IN_PROGRESS),
                "confirm", EnumSet.of(WorkOrderStatus.RESOLVED),
                "revisit", EnumSet.of(WorkOrderStatus.CONFIRMED),
                "close", EnumSet.of(WorkOrderStatus.REVISITED),
                "archive", EnumSet.of(WorkOrderStatus.CLOSED));
        // the technician-only commands are tried where the plumber is the assignee, so only the state decides
        Set<WorkOrderStatus> plumberAssigned = EnumSet.of(WorkOrderStatus.DISPATCHED, WorkOrderStatus.TAKEN,
                WorkOrderStatus.IN_PROGRESS, WorkOrderStatus.ON_HOLD, WorkOrderStatus.RESOLVED, WorkOrderStatus.CONFIRMED,
                WorkOrderStatus.REVISITED, WorkOrderStatus.CLOSED, WorkOrderStatus.ARCHIVED);
        Set<String> technicianOnly = Set.of("take", "start", "hold", "resume", "resolve");
        Set<WorkOrderStatus> reachable = EnumSet.complementOf(EnumSet.of(WorkOrderStatus.CANCELLED));
        return commands.entrySet().stream().flatMap(command -> reachable.stream()
                .filter(from -> !legalFrom.get(command.getKey()).contains(from))
                .filter(from -> !technicianOnly.contains(command.getKey()) || plumberAssigned.contains(from))
                .map(from -> Arguments.of(command.getKey(), from, command.getValue())));
    }
}
