package io.propertyops.events;

import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.params.provider.Arguments.argumentSet;

import io.propertyops.events.security.PersonDeactivated;
import io.propertyops.events.security.PersonRegistered;
import io.propertyops.events.security.PersonUpdated;
import io.propertyops.events.facility.CertificateExpired;
import io.propertyops.events.facility.CertificateExpiring;
import io.propertyops.events.facility.CommunityStructureChanged;
import io.propertyops.events.facility.EquipmentStateChanged;
import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.events.facility.MaintenanceTaskDue;
import io.propertyops.events.facility.UnitChanged;
import io.propertyops.events.billing.BillIssued;
import io.propertyops.events.billing.BillSettled;
import io.propertyops.events.billing.PaymentReceived;
import io.propertyops.events.billing.PaymentReversed;
import io.propertyops.events.billing.RefundPaid;
import io.propertyops.events.billing.LateFeePosted;
import io.propertyops.events.billing.DisclosurePublished;
import io.propertyops.events.billing.ApprovalRequested;
import io.propertyops.events.billing.ApprovalDecided;
import io.propertyops.events.facility.ConsumptionApproved;
import io.propertyops.events.facility.MeterReadingHeld;
import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.events.facility.MeterReadingWindowOpened;
import io.propertyops.events.facility.MeterVerificationDue;
import java.math.BigDecimal;
import io.propertyops.events.facility.RoundCompleted;
import io.propertyops.events.facility.RoundPointMissed;
import io.propertyops.events.ticket.WorkOrderSourceLinked;
import java.time.LocalDate;
import io.propertyops.events.security.ResidentBound;
import io.propertyops.events.security.ResidentUnbound;
import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.events.security.StaffOnDutyChanged;
import io.propertyops.events.security.StaffRolesChanged;
import io.propertyops.events.security.StaffSkillsChanged;
import io.propertyops.events.ticket.Charges;
import io.propertyops.events.ticket.WorkOrderCreated;
import io.propertyops.events.ticket.WorkOrderQuoteDecided;
import io.propertyops.events.ticket.WorkOrderQuoted;
import io.propertyops.events.ticket.WorkOrderUrged;
import io.propertyops.events.ticket.WorkOrderUrgencyChanged;
import io.propertyops.events.ticket.WorkOrderDueSoon;
import io.propertyops.events.ticket.WorkOrderOverdue;
import io.propertyops.events.ticket.WorkOrderEscalated;
import io.propertyops.events.ticket.WorkOrderFacts;
import io.propertyops.events.ticket.WorkOrderAccepted;
import io.propertyops.events.ticket.WorkOrderDispatched;
import io.propertyops.events.ticket.WorkOrderTaken;
import io.propertyops.events.ticket.WorkOrderDeclined;
import io.propertyops.events.ticket.WorkOrderStarted;
import io.propertyops.events.ticket.WorkOrderPaused;
import io.propertyops.events.ticket.WorkOrderResumed;
import io.propertyops.events.ticket.WorkOrderResolved;
import io.propertyops.events.ticket.WorkOrderConfirmed;
import io.propertyops.events.ticket.WorkOrderReopened;
import io.propertyops.events.ticket.WorkOrderRevisited;
import io.propertyops.events.ticket.WorkOrderClosed;
import io.propertyops.events.ticket.WorkOrderCancelled;
import io.propertyops.events.ticket.WorkOrderArchived;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Object Mother: one representative, fully populated instance of every catalogued event type. */
public final class SampleEvents {

    private static final Map<Class<?>, DomainEvent> SAMPLES = Map.ofEntries(
            Map.entry(WorkOrderCreated.class, emergencyWaterLeak()),
            Map.entry(WorkOrderQuoted.class, valveReplacementQuoted()),
            Map.entry(WorkOrderQuoteDecided.class, valveReplacementApproved()),
            Map.entry(WorkOrderUrged.class, workOrderUrged()),
            Map.entry(WorkOrderUrgencyChanged.class, workOrderUrgencyChanged()),
            Map.entry(WorkOrderDueSoon.class, workOrderDueSoon()),
            Map.entry(WorkOrderOverdue.class, workOrderOverdue()),
            Map.entry(WorkOrderEscalated.class, workOrderEscalated()),
            Map.entry(WorkOrderAccepted.class, workOrderAccepted()),
            Map.entry(WorkOrderDispatched.class, workOrderDispatched()),
            Map.entry(WorkOrderTaken.class, workOrderTaken()),
            Map.entry(WorkOrderDeclined.class, workOrderDeclined()),
            Map.entry(WorkOrderStarted.class, workOrderStarted()),
            Map.entry(WorkOrderPaused.class, workOrderPaused()),
            Map.entry(WorkOrderResumed.class, workOrderResumed()),
            Map.entry(WorkOrderResolved.class, workOrderResolved()),
            Map.entry(WorkOrderConfirmed.class, workOrderConfirmed()),
            Map.entry(WorkOrderReopened.class, workOrderReopened()),
            Map.entry(WorkOrderRevisited.class, workOrderRevisited()),
            Map.entry(WorkOrderClosed.class, workOrderClosed()),
            Map.entry(WorkOrderCancelled.class, workOrderCancelled()),
            Map.entry(WorkOrderArchived.class, workOrderArchived()),
            Map.entry(PersonRegistered.class, plumberRegistered()),
            Map.entry(PersonUpdated.class, ownerChangedEmail()),
            Map.entry(PersonDeactivated.class, tenantMovedOut()),
            Map.entry(ResidentBound.class, tenantBoundAfterOwnerConfirmed()),
            Map.entry(ResidentUnbound.class, tenantLeftUnit()),
            Map.entry(StaffRolesChanged.class, agentPromotedToSupervisor()),
            Map.entry(StaffSkillsChanged.class, plumberLearnedElectrics()),
            Map.entry(StaffOnDutyChanged.class, plumberClockedIn()),
            Map.entry(SmsCodeRequested.class, loginCodeForOwner()),
            Map.entry(CommunityStructureChanged.class, lakesideWithTwoBuildings()),
            Map.entry(FindingReported.class, pumpPressureLow()),
            Map.entry(FindingCleared.class, pumpPressureBackToNormal()),
            Map.entry(MaintenanceTaskDue.class, liftMonthlyMaintenance()),
            Map.entry(WorkOrderSourceLinked.class, pumpFindingAddedToOpenWorkOrder()),
            Map.entry(EquipmentStateChanged.class, pumpBackInOperation()),
            Map.entry(CertificateExpiring.class, liftInspectionDueInSevenDays()),
            Map.entry(CertificateExpired.class, liftInspectionExpired()),
            Map.entry(UnitChanged.class, unitMovedIn()),
            Map.entry(MeterReadingHeld.class, waterReadingJumped()),
            Map.entry(MeterVerificationDue.class, waterMeterVerificationExpiring()),
            Map.entry(MeterReadingWindowOpened.class, lakesideReadingWindowOpens()),
            Map.entry(MeterReadingMissing.class, unitWaterNotReadTwoDaysBeforeTheClose()),
            Map.entry(ConsumptionApproved.class, unitWaterForNovember()),
            Map.entry(RoundPointMissed.class, pumpRoomPointMissed()),
            Map.entry(RoundCompleted.class, plantRoomRoundCompleted()),
            Map.entry(BillIssued.class, billIssued()),
            Map.entry(BillSettled.class, billSettled()),
            Map.entry(PaymentReceived.class, paymentReceived()),
            Map.entry(PaymentReversed.class, paymentReversed()),
            Map.entry(RefundPaid.class, refundPaid()),
            Map.entry(LateFeePosted.class, lateFeePosted()),
            Map.entry(DisclosurePublished.class, disclosurePublished()),
            Map.entry(ApprovalRequested.class, approvalRequested()),
            Map.entry(ApprovalDecided.class, approvalDecided()));

    private SampleEvents() {
    }

    public static WorkOrderCreated emergencyWaterLeak() {
        return new WorkOrderCreated(
                "0b7c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a",
                "wo-6f1e2d3c",
                Instant.parse("2026-11-23T08:15:30.123456Z"),
                "WO-20261123-0042",
                "community-lakeside",
                "unit-3-1502",
                "person-owner-li",
                "李女士",
                "REPAIR",
                "plumbing",
                "EMERGENCY",
                "APP",
                "厨房水管爆裂 Burst pipe under the kitchen sink",
                "Water is flooding the kitchen floor and leaking into 1402.",
                "kitchen sink",
                "wo-lead-5a4b",
                "equipment-riser-3");
    }

    /** The emergency water leak of {@link #emergencyWaterLeak()} as it stands after a change. */
    public static WorkOrderFacts leakFacts(String status) {
        return new WorkOrderFacts("WO-20261123-0042", "community-lakeside", "unit-3-1502", "person-owner-li", "REPAIR",
                "plumbing", "EMERGENCY", status, "person-agent-sun", "person-tech-wang", 0,
                Map.of("RESPONSE", Instant.parse("2026-11-23T08:30:30Z"), "ARRIVAL", Instant.parse("2026-11-23T08:45:30Z"),
                        "RESOLUTION", Instant.parse("2026-11-23T12:15:30Z")));
    }

    public static WorkOrderAccepted workOrderAccepted() {
        return new WorkOrderAccepted("007c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:20:00Z"), "person-agent-sun", leakFacts("ACCEPTED"));
    }

    public static WorkOrderDispatched workOrderDispatched() {
        return new WorkOrderDispatched("017c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:21:00Z"), "person-agent-sun", leakFacts("DISPATCHED"), "person-tech-wang", "person-tech-wu", false);
    }

    public static WorkOrderTaken workOrderTaken() {
        return new WorkOrderTaken("027c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:22:00Z"), "person-agent-sun", leakFacts("TAKEN"));
    }

    public static WorkOrderDeclined workOrderDeclined() {
        return new WorkOrderDeclined("037c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:23:00Z"), "person-agent-sun", leakFacts("ACCEPTED"), "不在本区域 Not my area today");
    }

    public static WorkOrderStarted workOrderStarted() {
        return new WorkOrderStarted("047c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:24:00Z"), "person-agent-sun", leakFacts("IN_PROGRESS"));
    }

    public static WorkOrderPaused workOrderPaused() {
        return new WorkOrderPaused("057c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:25:00Z"), "person-agent-sun", leakFacts("ON_HOLD"), "等待配件 Waiting for a replacement valve");
    }

    public static WorkOrderResumed workOrderResumed() {
        return new WorkOrderResumed("067c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:26:00Z"), "person-agent-sun", leakFacts("IN_PROGRESS"));
    }

    public static WorkOrderResolved workOrderResolved() {
        return new WorkOrderResolved("077c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:27:00Z"), "person-agent-sun", leakFacts("RESOLVED"), "更换角阀，测试无渗漏 Replaced the angle valve, no more leaks");
    }

    public static WorkOrderConfirmed workOrderConfirmed() {
        return new WorkOrderConfirmed("087c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:28:00Z"), "person-agent-sun", leakFacts("CONFIRMED"), false);
    }

    public static WorkOrderReopened workOrderReopened() {
        return new WorkOrderReopened("097c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:29:00Z"), "person-agent-sun", leakFacts("ACCEPTED"), "仍然漏水 Still leaking", 1);
    }

    public static WorkOrderRevisited workOrderRevisited() {
        return new WorkOrderRevisited("107c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:30:00Z"), "person-agent-sun", leakFacts("REVISITED"), true, "业主表示满意 The owner is happy");
    }

    public static WorkOrderClosed workOrderClosed() {
        return new WorkOrderClosed("117c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:31:00Z"), "person-agent-sun", leakFacts("CLOSED"), valveReplacement());
    }

    public static WorkOrderCancelled workOrderCancelled() {
        return new WorkOrderCancelled("127c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:32:00Z"), "person-agent-sun", leakFacts("CANCELLED"), "业主已自行修好 The owner fixed it");
    }

    public static WorkOrderArchived workOrderArchived() {
        return new WorkOrderArchived("137c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T08:33:00Z"), "person-agent-sun", leakFacts("ARCHIVED"));
    }

    public static WorkOrderDueSoon workOrderDueSoon() {
        return new WorkOrderDueSoon("207c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T09:20:00Z"), "system", leakFacts("TAKEN"), "ARRIVAL", Instant.parse("2026-11-23T08:45:30Z"));
    }

    public static WorkOrderOverdue workOrderOverdue() {
        return new WorkOrderOverdue("217c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T09:21:00Z"), "system", leakFacts("TAKEN"), "ARRIVAL", Instant.parse("2026-11-23T08:45:30Z"));
    }

    public static WorkOrderEscalated workOrderEscalated() {
        return new WorkOrderEscalated("227c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T09:22:00Z"), "system", leakFacts("TAKEN"), "ARRIVAL", Instant.parse("2026-11-23T08:45:30Z"), 2);
    }

    public static WorkOrderUrged workOrderUrged() {
        return new WorkOrderUrged("307c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T09:20:00Z"), "person-owner-li", leakFacts("DISPATCHED"), 2);
    }

    public static WorkOrderUrgencyChanged workOrderUrgencyChanged() {
        return new WorkOrderUrgencyChanged("317c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c", Instant.parse("2026-11-23T09:21:00Z"), "person-agent-sun", leakFacts("ACCEPTED"), "NORMAL", "楼下已渗水 Water is reaching the flat below");
    }

    /** A paid in-unit repair: one angle valve and half an hour of labour. */
    public static Charges valveReplacement() {
        return new Charges("CNY", "63.00", List.of(
                new Charges.Line("angle-valve", "角阀", "个", "1", "38.00", "38.00"),
                new Charges.Line("labour-hour", "维修工时", "小时", "0.5", "50.00", "25.00")));
    }

    public static WorkOrderQuoted valveReplacementQuoted() {
        return new WorkOrderQuoted("407c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c",
                Instant.parse("2026-11-23T08:40:00Z"), "person-tech-wang", leakFacts("TAKEN"), valveReplacement());
    }

    public static WorkOrderQuoteDecided valveReplacementApproved() {
        return new WorkOrderQuoteDecided("417c6a2e-5d1f-4c3e-9a8b-1f2e3d4c5b6a", "wo-6f1e2d3c",
                Instant.parse("2026-11-23T08:42:00Z"), "person-owner-li", leakFacts("TAKEN"), true, valveReplacement());
    }

    public static PersonRegistered plumberRegistered() {
        return new PersonRegistered(
                "5e4d3c2b-1a09-4f8e-8d7c-6b5a49382716",
                "person-tech-wang",
                Instant.parse("2026-11-20T01:00:00Z"),
                "王师傅",
                "+86 138 0013 8000",
                "wang.plumber@example.com",
                List.of("TECHNICIAN"),
                List.of("community-lakeside", "community-hillside"),
                List.of(),
                List.of("plumbing", "heating"),
                true);
    }

    public static PersonUpdated ownerChangedEmail() {
        return new PersonUpdated("2b3c4d5e-6f70-4182-93a4-b5c6d7e8f901", "person-owner-li",
                Instant.parse("2026-11-21T09:00:00Z"), "李女士", "13800138001", "li.new@example.com");
    }

    public static ResidentBound tenantBoundAfterOwnerConfirmed() {
        return new ResidentBound("3c4d5e6f-7081-4293-a4b5-c6d7e8f90a1b", "person-tenant-zhao",
                Instant.parse("2026-11-21T10:00:00Z"), "binding-7f3e", "unit-3-1502", "community-lakeside",
                "TENANT", "person-agent-sun", "OWNER_PHONE",
                List.of("RESIDENT"), List.of("community-lakeside"), List.of("unit-3-1502"));
    }

    public static ResidentUnbound tenantLeftUnit() {
        return new ResidentUnbound("4d5e6f70-8192-43a4-b5c6-d7e8f90a1b2c", "person-tenant-zhao",
                Instant.parse("2026-11-22T10:29:00Z"), "binding-7f3e", "unit-3-1502", "community-lakeside",
                "TENANT", "person-manager-huang", "租约到期 Lease ended",
                List.of("RESIDENT"), List.of(), List.of());
    }

    public static StaffRolesChanged agentPromotedToSupervisor() {
        return new StaffRolesChanged("5e6f7081-92a3-44b5-86c7-e8f90a1b2c3d", "person-agent-sun",
                Instant.parse("2026-11-20T02:00:00Z"), "person-manager-huang",
                List.of("CUSTOMER_SERVICE", "SUPERVISOR"), List.of("community-lakeside"));
    }

    public static StaffSkillsChanged plumberLearnedElectrics() {
        return new StaffSkillsChanged("6f708192-a3b4-45c6-97d8-f90a1b2c3d4e", "person-tech-wang",
                Instant.parse("2026-11-20T03:00:00Z"), "person-supervisor-zheng",
                List.of("plumbing", "heating", "electrical"));
    }

    public static StaffOnDutyChanged plumberClockedIn() {
        return new StaffOnDutyChanged("708192a3-b4c5-46d7-a8e9-0a1b2c3d4e5f", "person-tech-wang",
                Instant.parse("2026-11-23T00:00:00Z"), "person-tech-wang", true);
    }

    public static PersonDeactivated tenantMovedOut() {
        return new PersonDeactivated(
                "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d",
                "person-tenant-zhao",
                Instant.parse("2026-11-22T10:30:00Z"),
                "person-manager-huang",
                "租户已搬离 Tenant moved out");
    }

    public static SmsCodeRequested loginCodeForOwner() {
        return new SmsCodeRequested(
                "1f2e3d4c-5b6a-4978-8a9b-0c1d2e3f4a5b",
                "person-owner-li",
                Instant.parse("2026-11-23T08:00:00Z"),
                "13800138001",
                "042917",
                "LOGIN",
                Instant.parse("2026-11-23T08:05:00Z"));
    }

    /** A sample of the given catalogued type; fails the calling test when there is none. */
    public static DomainEvent sampleOf(Class<?> type) {
        DomainEvent sample = SAMPLES.get(type);
        if (sample == null) {
            fail("SampleEvents has no sample of " + type.getName() + ": add one for every catalogued event type");
        }
        return sample;
    }

    /** Every catalogued type, for {@code @MethodSource("io.propertyops.events.SampleEvents#catalogued")}. */
    static Stream<Arguments> catalogued() {
        return EventCatalog.all().stream().map(type -> argumentSet(type.getSimpleName(), type));
    }

    public static CommunityStructureChanged lakesideWithTwoBuildings() {
        return new CommunityStructureChanged(
                "5e6f7081-92a3-44b5-86c7-e8f90a1b2c3d",
                "community-lakeside",
                Instant.parse("2026-11-23T07:00:00Z"),
                2,
                "湖畔花园 Lakeside Gardens",
                List.of(new CommunityStructureChanged.Building("building-3", "3号楼", List.of("unit-3-1501", "unit-3-1502")),
                        new CommunityStructureChanged.Building("building-5", "5号楼", List.of("unit-5-0101"))));
    }

    public static FindingReported pumpPressureLow() {
        return new FindingReported("f1a2b3c4-0000-4000-8000-000000000001", "finding-pump-7", Instant.parse("2026-12-01T01:30:00Z"),
                "community-lakeside", "INSPECTION", "COMMON_AREA", "area-pump-room-3", "3号楼 水泵房", "equipment-pump-2",
                "pump.pressure-low", "plumbing", "HIGH", "2号生活水泵出水压力低", "出水压力 0.18 MPa，低于下限 0.25 MPa",
                "person-tech-wang", List.of(new FindingReported.Evidence("VALUE", "出水压力", "0.18 MPa"),
                        new FindingReported.Evidence("PHOTO", "压力表", "photo-91f2")));
    }

    public static FindingCleared pumpPressureBackToNormal() {
        return new FindingCleared("f1a2b3c4-0000-4000-8000-000000000002", "finding-pump-8", Instant.parse("2026-12-01T02:10:00Z"),
                "community-lakeside", "COMMON_AREA", "area-pump-room-3", "equipment-pump-2", "pump.pressure-low",
                "alarm P-LOW cleared by the pump controller");
    }

    public static MaintenanceTaskDue liftMonthlyMaintenance() {
        return new MaintenanceTaskDue("f1a2b3c4-0000-4000-8000-000000000003", "plan-lift-monthly:2026-12-01",
                Instant.parse("2026-11-28T00:00:00Z"), "community-lakeside", "plan-lift-monthly", "电梯月度保养",
                LocalDate.parse("2026-12-01"), "BUILDING", "building-3", "3号楼", "equipment-lift-3a", "elevator",
                "3号楼 A 梯月度保养", List.of("曳引机润滑", "门机调整", "安全回路测试"), Instant.parse("2026-12-03T10:00:00Z"),
                List.of("person-tech-wu"));
    }

    /** The pump's third finding joins its open work order, itself a repeat of one closed days before. */
    public static WorkOrderSourceLinked pumpFindingAddedToOpenWorkOrder() {
        return new WorkOrderSourceLinked("f1a2b3c4-0000-4000-8000-000000000004", "wo-6f1e2d3c", Instant.parse("2026-12-01T01:30:05Z"),
                "FINDING", "finding-pump-7", false, 3, "wo-5d0c1b2a", "equipment-pump-2", leakFacts("DISPATCHED"));
    }

    public static EquipmentStateChanged pumpBackInOperation() {
        return new EquipmentStateChanged("f1a2b3c4-0000-4000-8000-000000000005", "equipment-pump-2",
                Instant.parse("2026-12-01T06:45:00Z"), "community-lakeside", "PUMP-03-02", "3号楼 2号生活水泵", "3号楼 水泵房",
                "DOWN", "OPERATIONAL", "更换机械密封，试运行正常", "wo-6f1e2d3c", "system", 7);
    }

    public static CertificateExpiring liftInspectionDueInSevenDays() {
        return new CertificateExpiring("f1a2b3c4-0000-4000-8000-000000000006", "equipment-lift-3a_cert-2026",
                Instant.parse("2026-12-24T16:00:00Z"), "community-lakeside", "equipment-lift-3a", "LIFT-03-A", "3号楼 A 梯",
                "LIFT_ANNUAL_INSPECTION", "TSX-2025-330106-0815", LocalDate.parse("2026-12-31"), 7, 7, "person-tech-wu");
    }

    public static CertificateExpired liftInspectionExpired() {
        return new CertificateExpired("f1a2b3c4-0000-4000-8000-000000000007", "equipment-lift-3a_cert-2026",
                Instant.parse("2026-12-31T16:00:00Z"), "community-lakeside", "equipment-lift-3a", "LIFT-03-A", "3号楼 A 梯",
                "LIFT_ANNUAL_INSPECTION", "TSX-2025-330106-0815", LocalDate.parse("2026-12-31"), "person-tech-wu");
    }

    public static UnitChanged unitMovedIn() {
        return new UnitChanged("f1a2b3c4-0000-4000-8000-000000000005", "unit-3-1502", Instant.parse("2026-12-02T03:00:00Z"),
                4, "community-lakeside", "building-3", "3-1-1502", 15, "RESIDENTIAL", "OCCUPIED", "126.30", "104.85");
    }

    public static MeterReadingHeld waterReadingJumped() {
        return new MeterReadingHeld("f1a2b3c4-0000-4000-8000-000000000005", "reading-1502-water-2026-11",
                Instant.parse("2026-11-25T02:00:00Z"), "community-lakeside", "meter-1502-water", "WM-2019-004417",
                "WATER", "unit-3-1502", "UNIT", "unit-3-1502", "2026-11", Instant.parse("2026-11-25T01:58:00Z"),
                new BigDecimal("1342.000"), new BigDecimal("96.000"), "m3", List.of("jump"), "STAFF", "person-tech-wu");
    }

    public static MeterVerificationDue waterMeterVerificationExpiring() {
        return new MeterVerificationDue("f1a2b3c4-0000-4000-8000-000000000006", "meter-1502-water",
                Instant.parse("2026-11-30T16:00:00Z"), "community-lakeside", "WM-2019-004417", "WATER", "unit-3-1502",
                "UNIT", "unit-3-1502", "3-1-1502", LocalDate.parse("2020-12-31"), LocalDate.parse("2026-12-31"));
    }

    public static MeterReadingWindowOpened lakesideReadingWindowOpens() {
        return new MeterReadingWindowOpened("f1a2b3c4-0000-4000-8000-000000000008", "community-lakeside",
                Instant.parse("2026-11-19T16:00:05Z"), "community-lakeside", "2026-11", LocalDate.parse("2026-11-20"),
                LocalDate.parse("2026-11-25"));
    }

    public static MeterReadingMissing unitWaterNotReadTwoDaysBeforeTheClose() {
        return new MeterReadingMissing("f1a2b3c4-0000-4000-8000-000000000009", "unit-3-1502",
                Instant.parse("2026-11-22T16:00:05Z"), "community-lakeside", "unit-3-1502", "2026-11",
                LocalDate.parse("2026-11-25"), List.of(new MeterReadingMissing.Meter("meter-1502-water", "WATER", "WM-2019-004417")));
    }

    public static ConsumptionApproved unitWaterForNovember() {
        return new ConsumptionApproved("f1a2b3c4-0000-4000-8000-000000000007",
                "community-lakeside:2026-11:unit-3-1502:WATER", Instant.parse("2026-12-03T02:00:00Z"),
                "community-lakeside", "unit-3-1502", "WATER", "2026-11", new BigDecimal("14.412"), "m3",
                new BigDecimal("12.000"), new BigDecimal("2.412"), List.of(), 1);
    }

    public static RoundPointMissed pumpRoomPointMissed() {
        return new RoundPointMissed("f1a2b3c4-0000-4000-8000-000000000005", "plan-plant-daily:2026-12-01",
                Instant.parse("2026-12-01T01:00:04Z"), "community-lakeside", "3号楼 设备房日检", "point-pump-2",
                "2号生活水泵", "3号楼 水泵房", "person-sup-li", List.of("person-tech-wang"),
                Instant.parse("2026-12-01T01:00:00Z"));
    }

    public static RoundCompleted plantRoomRoundCompleted() {
        return new RoundCompleted("f1a2b3c4-0000-4000-8000-000000000006", "plan-plant-daily:2026-12-01",
                Instant.parse("2026-12-01T02:00:00Z"), "community-lakeside", "route-plant-3", "3号楼 设备房日检",
                "plan-plant-daily", "person-sup-li", List.of("person-tech-wang"), Instant.parse("2026-12-01T00:00:00Z"),
                Instant.parse("2026-12-01T02:00:00Z"), 4, 0, 2, 1, 1, 1, 50);
    }

    public static BillIssued billIssued() {
        return new BillIssued("b1a2c3d4-0000-4000-8000-000000000001", "bill-2026-12-u1", Instant.parse("2026-12-01T01:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "UNIT:u-1-1-101", "u-1-1-101", "2026-12", LocalDate.of(2026, 12, 31), "312.40", List.of(new BillIssued.Line("bill-2026-12-u1:pm", "pm", "物业服务费", "287.40"), new BillIssued.Line("bill-2026-12-u1:water", "water", "水费", "25.00")));
    }

    public static BillSettled billSettled() {
        return new BillSettled("b1a2c3d4-0000-4000-8000-000000000002", "bill-2026-12-u1", Instant.parse("2026-12-05T03:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "UNIT:u-1-1-101", "u-1-1-101", "2026-12");
    }

    public static PaymentReceived paymentReceived() {
        return new PaymentReceived("b1a2c3d4-0000-4000-8000-000000000003", "pay-4200001234", Instant.parse("2026-12-03T09:30:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "UNIT:u-1-1-101", "u-1-1-101", "200.00", "WECHAT_PAY", "CH-2026-000123", "200.00", "0.00", "112.40");
    }

    public static PaymentReversed paymentReversed() {
        return new PaymentReversed("b1a2c3d4-0000-4000-8000-000000000004", "desk-7f3a", Instant.parse("2026-12-03T18:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "UNIT:u-1-1-101", "u-1-1-101", "100.00", "收银批次作废");
    }

    public static RefundPaid refundPaid() {
        return new RefundPaid("b1a2c3d4-0000-4000-8000-000000000005", "refund-19", Instant.parse("2026-12-04T08:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "UNIT:u-1-1-101", "u-1-1-101", "pay-4200001234", "50.00");
    }

    public static LateFeePosted lateFeePosted() {
        return new LateFeePosted("b1a2c3d4-0000-4000-8000-000000000006", "late:bill-2026-12-u1:pm:2027-01-15", Instant.parse("2027-01-15T17:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "UNIT:u-1-1-101", "u-1-1-101", "bill-2026-12-u1:pm", "2.16", LocalDate.of(2027, 1, 15));
    }

    public static DisclosurePublished disclosurePublished() {
        return new DisclosurePublished("b1a2c3d4-0000-4000-8000-000000000007", "disclosure-2026-11", Instant.parse("2026-12-10T02:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "2026-11", 2, "2026年11月收支公示（更正）", "公共收益中停车费由 12,400.00 更正为 12,860.00");
    }

    public static ApprovalRequested approvalRequested() {
        return new ApprovalRequested("b1a2c3d4-0000-4000-8000-000000000008", "appr-7", Instant.parse("2026-12-06T02:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "WAIVER", "late:bill-2026-12-u1:pm:2027-01-15", "UNIT:u-1-1-101", "2.16", "业主住院，申请减免滞纳金", "staff-finance-1");
    }

    public static ApprovalDecided approvalDecided() {
        return new ApprovalDecided("b1a2c3d4-0000-4000-8000-000000000009", "appr-7", Instant.parse("2026-12-06T05:00:00Z"), "e15d7d7d-4089-5b55-b750-a5f693ec6ab2", "WAIVER", "late:bill-2026-12-u1:pm:2027-01-15", true, "staff-finance-1", "staff-manager-1", "同意");
    }
}
