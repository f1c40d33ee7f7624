package io.propertyops.ticket.workorder;

import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.workorder.domain.Channel;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import io.propertyops.ticket.shared.domain.WorkOrderKind;
import io.propertyops.ticket.workorder.domain.WorkOrderNumbers;
import io.propertyops.ticket.workorder.domain.WorkOrderRequest;
import io.propertyops.ticket.workorder.domain.Progress;
import io.propertyops.ticket.workorder.domain.WorkOrderStatus;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WorkOrderTest {

    static final Clock NOON = Clock.fixed(Instant.parse("2026-11-23T04:00:00Z"), ZoneOffset.UTC);

    static WorkOrderRequest kitchenLeak(String category) {
        return new WorkOrderRequest("cuihu", "unit-101", "owner-1", "张伟", null, WorkOrderKind.REPAIR, category,
                Urgency.URGENT, Channel.APP, "厨房水管漏水", "水槽下面一直滴水", "厨房");
    }

    @Test
    void submittingRecordsTheCreatedEventWithTheFactsConsumersNeed() {
        WorkOrder workOrder = WorkOrder.submit("wo-1", "WO-20261123-0042", kitchenLeak("plumbing"), NOON);

        assertThat(workOrder.status()).isEqualTo(WorkOrderStatus.SUBMITTED);
        assertThat(workOrder.submittedAt()).isEqualTo(NOON.instant());
        assertThat(workOrder.pullEvents()).singleElement().isInstanceOfSatisfying(WorkOrderCreated.class, created -> {
            assertThat(created.aggregateId()).isEqualTo("wo-1");
            assertThat(created.number()).isEqualTo("WO-20261123-0042");
            assertThat(created.occurredAt()).isEqualTo(NOON.instant());
            assertThat(created.communityId()).isEqualTo("cuihu");
            assertThat(created.reporterName()).isEqualTo("张伟");
            assertThat(created.urgency()).isEqualTo("URGENT");
            assertThat(created.category()).isEqualTo("plumbing");
        });
        assertThat(workOrder.pullEvents()).isEmpty();
    }

    @Test
    void aRestoredWorkOrderRecordsNothing() {
        WorkOrder restored = WorkOrder.restore("wo-1", "WO-20261123-0042", kitchenLeak("plumbing"), NOON.instant(),
                new Progress(WorkOrderStatus.SUBMITTED, null, null, 0, null, null, null, null, null, null), null, null, 3);
        assertThat(restored.pullEvents()).isEmpty();
        assertThat(restored.version()).isEqualTo(3);
    }

    @Test
    void numbersArePaddedToFourDigitsPerDay() {
        assertThat(WorkOrderNumbers.format(LocalDate.of(2026, 11, 23), 42)).isEqualTo("WO-20261123-0042");
        assertThat(WorkOrderNumbers.format(LocalDate.of(2026, 1, 5), 12345)).isEqualTo("WO-20260105-12345");
    }
}
