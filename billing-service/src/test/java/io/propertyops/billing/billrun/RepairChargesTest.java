package io.propertyops.billing.billrun;

import io.propertyops.billing.BillingServiceTest;
import io.propertyops.billing.billrun.domain.BillKeys;
import io.propertyops.billing.ledger.domain.Ledger;
import io.propertyops.billing.ledger.domain.LedgerLine;
import io.propertyops.billing.ledger.domain.Money;
import io.propertyops.billing.ledger.domain.Payer;
import io.propertyops.events.Topics;
import io.propertyops.events.billing.BillIssued;
import io.propertyops.events.ticket.Charges;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.EventTap;
import io.propertyops.testsupport.TestHttp;
import org.apache.kafka.common.utils.Utils;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.kafka.core.KafkaTemplate;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.propertyops.billing.BillingFixtures.unit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A paid repair closed in ticket-service becomes one charge on the unit's ledger, however often the event arrives. */
class RepairChargesTest extends BillingServiceTest {

    @Autowired
    KafkaTemplate<String, byte[]> kafka;

    final String community = "community-" + UUID.randomUUID();

    WorkOrderClosed closed(String workOrderId, String number, String unitId, Charges charges) {
        return new WorkOrderClosed(UUID.randomUUID().toString(), workOrderId, Instant.parse("2026-11-30T17:30:00Z"),
                "agent-1", new WorkOrderFacts(number, community, unitId, "owner-1", "REPAIR", "plumbing.leak", "NORMAL",
                "CLOSED", "agent-1", "tech-1", 0, Map.of()), charges);
    }

    static Charges paid(String total) {
        return new Charges("CNY", total, List.of(new Charges.Line("PL-01", "更换角阀", "个", "1", total, total)));
    }

    List<LedgerLine> charges(String unitId) {
        return ledgers.find(Payer.unit(unitId)).map(Ledger::lines).orElse(List.of()).stream()
                .filter(line -> line.kind() == LedgerLine.Kind.CHARGE).toList();
    }

    /** A work order id whose events land on the same partition as {@code other}'s, so they are consumed after them. */
    String onTheSamePartitionAs(String other) {
        int partitions = kafka.partitionsFor(Topics.TICKET).size();
        int wanted = Utils.toPositive(Utils.murmur2(other.getBytes(StandardCharsets.UTF_8))) % partitions;
        while (true) {
            String candidate = "wo-" + UUID.randomUUID();
            if (Utils.toPositive(Utils.murmur2(candidate.getBytes(StandardCharsets.UTF_8))) % partitions == wanted) {
                return candidate;
            }
        }
    }

    @Test
    void aPaidRepairIsChargedOnceOnTheUnitsLedgerEvenDeliveredTwice() throws Exception {
        String unitId = unit(units, community, community + "-u1", "b3", "3-1-1502", "RESIDENTIAL", "126.30", null);
        String other = unit(units, community, community + "-u2", "b3", "3-1-1503", "RESIDENTIAL", "126.30", null);
        String workOrder = "wo-" + UUID.randomUUID();
        String later = onTheSamePartitionAs(workOrder);

        try (EventTap tap = EventTap.on(bootstrap, Topics.BILLING)) {
            WorkOrderClosed first = closed(workOrder, "WO-20261201-0007", unitId, paid("128.00"));
            EventPublishing.publish(kafka, first,
                    closed(workOrder, "WO-20261201-0007", unitId, paid("128.00")), // the same work order again
                    closed("wo-" + UUID.randomUUID(), "WO-20261201-0008", unitId, null), // free: nothing to charge
                    closed("wo-" + UUID.randomUUID(), "WO-20261201-0009", null, paid("50.00"))); // no unit
            EventPublishing.publish(kafka, first); // redelivered as it was
            EventPublishing.publish(kafka, closed(later, "WO-20261201-0010", other, paid("30.50")));
            await().atMost(Duration.ofSeconds(30)).until(() -> !charges(other).isEmpty());

            assertThat(charges(unitId)).singleElement().satisfies(line -> {
                assertThat(line.id()).isEqualTo(BillKeys.repairCharge(workOrder));
                assertThat(line.amount()).isEqualTo(Money.of("128.00"));
                assertThat(line.charge().feeItemId()).isEqualTo("repair");
                assertThat(line.charge().feeName()).isEqualTo("维修费 WO-20261201-0007");
                assertThat(line.charge().period()).as("closed on 1 December in Shanghai").isEqualTo("2026-12");
                assertThat(line.dueOn()).isEqualTo(LocalDate.of(2026, 12, 16));
            });
            BillIssued issued = tap.awaitOne(BillIssued.class, event -> event.aggregateId().equals(BillKeys.repairBill(workOrder)));
            assertThat(issued.unitId()).isEqualTo(unitId);
            assertThat(issued.total()).isEqualTo("128.00");
            assertThat(issued.period()).isEqualTo("2026-12");
            tap.awaitOne(BillIssued.class, event -> event.aggregateId().equals(BillKeys.repairBill(later)));
            assertThat(tap.matching(BillIssued.class, event -> event.aggregateId().equals(BillKeys.repairBill(workOrder))))
                    .as("announced once").hasSize(1);

            String finance = finance(community);
            TestHttp.Response bills = http.get("/api/v1/bills?communityId=" + community + "&unitId=" + unitId, finance);
            assertThat(bills.<List<String>>json("$.bills[*].lines[0].feeName")).containsExactly("维修费 WO-20261201-0007");
            assertThat(bills.<List<String>>json("$.bills[*].unitNumber")).containsExactly("3-1-1502");
        }
    }
}
