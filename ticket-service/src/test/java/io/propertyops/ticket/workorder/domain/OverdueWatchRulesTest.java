package io.propertyops.ticket.workorder.domain;

import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.events.DomainEvent;
import io.propertyops.events.ticket.WorkOrderDueSoon;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderOverdue;
import io.propertyops.ticket.sla.domain.Counting;
import io.propertyops.ticket.sla.domain.Deadline;
import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Emergency water leak, submitted at T0: respond within 15 min, on site within 30 min. Warnings at 80 %, overdue
 * and level 1 at the deadline, level 2 thirty minutes later, level 3 an hour after that — each exactly once.
 */
class OverdueWatchRulesTest {

    static final Instant T0 = Instant.parse("2026-11-23T14:00:00Z");
    static final EscalationPolicy POLICY = EscalationPolicy.DEFAULT;
    static final Actor AGENT = new Actor("agent-zhao", Set.of("CUSTOMER_SERVICE"));
    static final Actor PLUMBER = new Actor("tech-zhou", Set.of("TECHNICIAN"));

    static WorkOrder emergencyLeak() {
        Deadlines deadlines = new Deadlines(Map.of(
                DeadlineKind.RESPONSE, new Deadline(T0.plus(Duration.ofMinutes(15)), Counting.ELAPSED, null),
                DeadlineKind.ARRIVAL, new Deadline(T0.plus(Duration.ofMinutes(30)), Counting.ELAPSED, null)), List.of());
        WorkOrder workOrder = WorkOrder.submit("wo-9", "WO-20261123-0009", new WorkOrderRequest("cuihu", "unit-101",
                "owner-1", "张伟", null, WorkOrderKind.REPAIR, "plumbing", Urgency.EMERGENCY, Channel.APP, "水管爆裂",
                null, "厨房"), deadlines, Clock.fixed(T0, ZoneOffset.UTC));
        workOrder.pullEvents();
        return workOrder;
    }

    static List<String> alerts(List<DomainEvent> events) {
        return events.stream().map(event -> switch (event) {
            case WorkOrderDueSoon e -> "due-soon " + e.deadline();
            case WorkOrderOverdue e -> "overdue " + e.deadline();
            case WorkOrderEscalated e -> "L" + e.level() + " " + e.deadline();
            default -> event.getClass().getSimpleName();
        }).toList();
    }

    @Test
    void warnsAtEightyPercentThenEscalatesLevelByLevelEachOnce() {
        WorkOrder w = emergencyLeak();
        assertThat(w.nextAlertAt(POLICY)).isEqualTo(T0.plus(Duration.ofMinutes(12)));

        w.watch(T0.plus(Duration.ofMinutes(11)), POLICY);
        assertThat(w.pullEvents()).isEmpty();

        assertThat(w.progress().dueSoonWarned(DeadlineKind.RESPONSE)).isFalse();

        w.watch(T0.plus(Duration.ofMinutes(12)), POLICY);
        assertThat(alerts(w.pullEvents())).containsExactly("due-soon RESPONSE");
        assertThat(w.progress().dueSoonWarned(DeadlineKind.RESPONSE)).isTrue();
        assertThat(w.progress().escalationLevel(DeadlineKind.RESPONSE)).isZero();
        w.watch(T0.plus(Duration.ofMinutes(12)), POLICY);
        assertThat(w.pullEvents()).as("the same scan again emits nothing").isEmpty();

        w.watch(T0.plus(Duration.ofMinutes(15)), POLICY);
        assertThat(alerts(w.pullEvents())).containsExactly("overdue RESPONSE", "L1 RESPONSE");
        assertThat(w.progress().escalationLevel(DeadlineKind.RESPONSE)).isEqualTo(1);
        assertThat(w.progress().dueSoonWarned(DeadlineKind.ARRIVAL)).isFalse();

        w.watch(T0.plus(Duration.ofMinutes(24)), POLICY);
        assertThat(alerts(w.pullEvents())).containsExactly("due-soon ARRIVAL");

        w.watch(T0.plus(Duration.ofMinutes(45)), POLICY);
        assertThat(alerts(w.pullEvents())).containsExactly("L2 RESPONSE", "overdue ARRIVAL", "L1 ARRIVAL");
        assertThat(w.progress().escalationLevel(DeadlineKind.RESPONSE)).isEqualTo(2);
        assertThat(w.progress().escalationLevel(DeadlineKind.ARRIVAL)).isEqualTo(1);

        w.watch(T0.plus(Duration.ofHours(3)), POLICY);
        assertThat(alerts(w.pullEvents())).containsExactly("L3 RESPONSE", "L2 ARRIVAL", "L3 ARRIVAL");
        assertThat(w.progress().escalationLevel(DeadlineKind.RESPONSE)).as("the last level").isEqualTo(3);
        assertThat(w.progress().escalationLevel(DeadlineKind.ARRIVAL)).isEqualTo(3);
        assertThat(w.nextAlertAt(POLICY)).as("nothing left to say").isNull();
    }

    @Test
    void aLateScanCatchesUpInOrderWithoutAWarningAfterTheFact() {
        WorkOrder w = emergencyLeak();

        w.watch(T0.plus(Duration.ofMinutes(50)), POLICY);

        assertThat(alerts(w.pullEvents())).containsExactly("overdue RESPONSE", "L1 RESPONSE", "L2 RESPONSE",
                "overdue ARRIVAL", "L1 ARRIVAL");
    }

    @Test
    void metDeadlinesAndHeldOrResolvedWorkRaiseNothing() {
        WorkOrder w = emergencyLeak();
        w.accept(AGENT, T0.plus(Duration.ofMinutes(5)));
        w.dispatch(AGENT, PLUMBER.id(), false, T0.plus(Duration.ofMinutes(6)));
        w.take(PLUMBER, T0.plus(Duration.ofMinutes(7)));
        w.start(PLUMBER, T0.plus(Duration.ofMinutes(20)));
        w.pullEvents();

        assertThat(w.progress().deadlines().get(DeadlineKind.RESPONSE).orElseThrow().metAt())
                .isEqualTo(T0.plus(Duration.ofMinutes(5)));
        w.watch(T0.plus(Duration.ofHours(5)), POLICY);
        assertThat(w.pullEvents()).as("both deadlines were met").isEmpty();
        assertThat(w.nextAlertAt(POLICY)).isNull();
    }

    @Test
    void anUnansweredResolutionIsConfirmedAfterThreeDaysAndAClosedWorkOrderArchivedAfterThirty() {
        WorkOrder w = emergencyLeak();
        w.accept(AGENT, T0.plus(Duration.ofMinutes(1)));
        w.dispatch(AGENT, PLUMBER.id(), false, T0.plus(Duration.ofMinutes(2)));
        w.take(PLUMBER, T0.plus(Duration.ofMinutes(3)));
        w.start(PLUMBER, T0.plus(Duration.ofMinutes(10)));
        Instant resolved = T0.plus(Duration.ofHours(1));
        w.resolve(PLUMBER, "更换水管", resolved);
        w.comment(AGENT, "已通知业主验收", resolved.plus(Duration.ofDays(1)));
        w.pullEvents();
        assertThat(w.nextAlertAt(POLICY)).as("a comment does not restart the wait").isEqualTo(resolved.plus(Duration.ofDays(3)));

        w.watch(resolved.plus(Duration.ofDays(2)), POLICY);
        assertThat(w.status()).isEqualTo(WorkOrderStatus.RESOLVED);
        w.watch(resolved.plus(Duration.ofDays(3)), POLICY);

        assertThat(w.status()).isEqualTo(WorkOrderStatus.CONFIRMED);
        assertThat(w.pullEvents()).singleElement().isInstanceOfSatisfying(
                io.propertyops.events.ticket.WorkOrderConfirmed.class, e -> assertThat(e.automatic()).isTrue());
        w.revisit(AGENT, true, "满意", resolved.plus(Duration.ofDays(4)));
        w.close(AGENT, resolved.plus(Duration.ofDays(4)));
        w.watch(resolved.plus(Duration.ofDays(34)), POLICY);
        assertThat(w.status()).isEqualTo(WorkOrderStatus.ARCHIVED);
        assertThat(w.nextAlertAt(POLICY)).isNull();
    }

    @Test
    void holdingWorkStopsTheWatchAndResumingMovesTheDeadlines() {
        WorkOrder w = emergencyLeak();
        w.accept(AGENT, T0.plus(Duration.ofMinutes(1)));
        w.dispatch(AGENT, PLUMBER.id(), false, T0.plus(Duration.ofMinutes(2)));
        w.take(PLUMBER, T0.plus(Duration.ofMinutes(3)));
        w.start(PLUMBER, T0.plus(Duration.ofMinutes(4)));
        w.hold(PLUMBER, "等待配件", T0.plus(Duration.ofMinutes(5)));
        assertThat(w.nextAlertAt(POLICY)).isNull();

        w.resume(PLUMBER, T0.plus(Duration.ofMinutes(65)),
                (deadlines, pausedAt) -> deadlines.afterPause(pausedAt, T0.plus(Duration.ofMinutes(65)), null));

        assertThat(w.progress().deadlines().due(DeadlineKind.ARRIVAL)).as("arrival was met before the hold")
                .contains(T0.plus(Duration.ofMinutes(30)));
    }
}
