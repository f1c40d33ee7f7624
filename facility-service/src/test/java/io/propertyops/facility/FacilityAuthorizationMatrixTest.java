package io.propertyops.facility;

import io.propertyops.facility.plan.application.PlanStore;
import io.propertyops.facility.plan.application.TaskStore;
import io.propertyops.facility.plan.domain.Checklist;
import io.propertyops.facility.plan.domain.Occurrence;
import io.propertyops.facility.plan.domain.Plan;
import io.propertyops.facility.plan.domain.PlanKind;
import io.propertyops.facility.plan.domain.PlanTask;
import io.propertyops.facility.plan.domain.Schedule;
import io.propertyops.facility.plan.domain.Target;
import io.propertyops.facility.plan.domain.Window;
import io.propertyops.facility.round.application.RoundStore;
import io.propertyops.facility.round.application.RouteStore;
import io.propertyops.facility.round.domain.InspectionRoute;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.facility.round.domain.RoutePoint;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import io.propertyops.facility.device.application.DeviceStore;
import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.meter.application.MeterStore;
import io.propertyops.facility.meter.application.ReadingStore;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterKind;
import io.propertyops.facility.meter.domain.MeterReading;
import io.propertyops.facility.meter.domain.ReadingSource;
import io.propertyops.facility.meter.domain.ReadingStatus;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.facility.meter.domain.Tariff;
import java.time.YearMonth;
import io.propertyops.facility.certificate.application.Certificates;
import io.propertyops.facility.certificate.domain.CertificateKind;
import io.propertyops.facility.equipment.application.EquipmentLedger;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentDetails;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.facility.equipment.domain.Importance;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.application.ParkingSpaceStore;
import io.propertyops.facility.estate.domain.CommonAreaKind;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.facility.estate.domain.ParkingSpaceState;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.web.Caller;
import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

@ServiceTest
class FacilityAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    Estate estate;
    @Autowired
    ParkingSpaceStore spaces;
    @Autowired
    EquipmentLedger ledger;
    @Autowired
    Certificates certificates;
    @Autowired
    Findings findings;
    @Autowired
    MeterStore meters;
    @Autowired
    ReadingStore readings;
    @Autowired
    DeviceStore devices;
    @Autowired
    PlanStore plans;
    @Autowired
    TaskStore tasks;
    @Autowired
    RouteStore routes;
    @Autowired
    RoundStore rounds;

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Override
    protected List<OwnedObject> ownedObjects() {
        String c1 = "community-" + UUID.randomUUID();
        String c2 = "community-" + UUID.randomUUID();
        String building = c1 + "-b1";
        String unit = c1 + "-u101";
        String commonArea = c1 + "-pump-room";
        String parkingArea = c1 + "-garage";
        String space = c1 + "-space-b012";
        Unit u101 = Unit.create(unit, c1, building, new Unit.Details("1-1-101", 1, UnitType.RESIDENTIAL,
                UnitState.HANDED_OVER, new BigDecimal("89.50"), new BigDecimal("74.20")));
        estate.insertUnit(u101, u101.changed(UUID.randomUUID().toString(), Instant.now()));
        estate.recordPlaces(c1, Map.of(building, LocationKind.BUILDING, commonArea, LocationKind.COMMON_AREA,
                parkingArea, LocationKind.PARKING_AREA));
        estate.insert(new Community(c1, "翠湖花园", "杭州", "西湖区", "翠湖路 1 号",
                List.of(new Community.Building(building, "1号楼", 6, List.of(unit))),
                List.of(new Community.CommonArea(commonArea, "水泵房", CommonAreaKind.PUMP_ROOM, building)),
                List.of(new Community.ParkingArea(parkingArea, "地下车库")), 1), List.of());
        estate.insert(new Community(c2, "银杏苑", "杭州", "拱墅区", "银杏路 8 号", List.of(), List.of(), List.of(), 1), List.of());
        spaces.insert(ParkingSpace.create(space, c1, parkingArea, new ParkingSpace.Details("B-012", ParkingSpaceState.SOLD, unit)));

        MatrixCaller customerServiceOfC1 = MatrixCaller.of("customer service of C1", TestTokens.staff("cs-c1", "CUSTOMER_SERVICE", c1));
        List<MatrixCaller> strangers = List.of(
                MatrixCaller.of("customer service of C2", TestTokens.staff("cs-c2", "CUSTOMER_SERVICE", c2)),
                MatrixCaller.of("a property manager of C2", TestTokens.staff("pm-c2", "PROPERTY_MANAGER", c2)),
                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2)),
                MatrixCaller.of("an owner in C2", TestTokens.owner("owner-c2", c2, c2 + "-u101")),
                MatrixCaller.of("an integration client of C1", TestTokens.integration("crm-c1", c1).scopes("tickets.read")),
                MatrixCaller.of("an integration client of C2", TestTokens.integration("crm-c2", c2).scopes("tickets.read")));
        List<MatrixCaller> strangersOfItsObjects = new java.util.ArrayList<>(strangers);
        // an owner of another unit in the same community: none of the staff operations on a unit or a space is theirs
        strangersOfItsObjects.add(MatrixCaller.of("an owner of another unit in C1", TestTokens.owner("owner-c1-102", c1, c1 + "-u102")));

        Caller manager = new Caller("pm-c1", "经理", Set.of("PROPERTY_MANAGER"), Set.of(c1), Set.of(), Set.of());
        Equipment lift = ledger.register(manager, c1, new EquipmentDetails("LIFT-03-A", EquipmentType.ELEVATOR, "3号楼 A 梯",
                null, null, null, Location.of(LocationKind.BUILDING, building), "1号楼", Importance.A, null, null, null,
                null, null, null), null, null).equipment();
        String certificate = certificates.record(manager, lift.id(), new Certificates.NewCertificate(
                CertificateKind.LIFT_ANNUAL_INSPECTION, "TSX-1", "检测院", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31")), null).certificate().id();
        List<MatrixCaller> strangersOfStaffWork = new java.util.ArrayList<>(strangers);
        strangersOfStaffWork.add(MatrixCaller.of("an owner of a unit in C1", TestTokens.owner("owner-c1", c1, unit)));

        // a common meter of C1, with a held reading: no owner's unit has it
        Instant at = Instant.parse("2026-11-19T02:00:00Z");
        Meter lobby = new Meter(c1 + "-lobby-water", c1, MeterKind.WATER, Tariff.SINGLE, "LOBBY-" + c1,
                Location.of(LocationKind.COMMON_AREA, commonArea), "水泵房", null, BigDecimal.ONE, 5, null,
                at.minusSeconds(86_400 * 90), null, null, false, 1);
        meters.insert(lobby, null, null);
        MeterReading held = new MeterReading(MeterReading.idOf(lobby.id(), at), c1, lobby.id(), null, YearMonth.of(2026, 11), at,
                Map.of(Register.TOTAL, new BigDecimal("12")), ReadingSource.STAFF, "tech-c1", null, null,
                Map.of(Register.TOTAL, new BigDecimal("12")), false, List.of("jump"), ReadingStatus.HELD, null, null, null, at, 1);
        readings.insertNew(List.of(held), Map.of());
        String findingId = "manual:" + c1;
        findings.report(List.of(new Findings.NewFinding(findingId, c1, FindingSource.MANUAL,
                Location.of(LocationKind.COMMON_AREA, commonArea), "水泵房", null, "pump-room.leak", "plumbing", Severity.LOW,
                "水泵房漏水", null, "cs-c1", List.of())));
        String gatewayId = c1 + "-gateway";
        devices.insert(new DeviceGateway(gatewayId, c1, "水泵房网关", "secret", "pm-c1", at));
        devices.save(new Device(gatewayId, "smoke-1", c1, "烟感 1", Location.of(LocationKind.COMMON_AREA, commonArea),
                "水泵房", null, null, "fire"));

        // a cleaning plan of C1 with its task of today, and a route of C1 with a round on it
        LocalDate today = LocalDate.now(SHANGHAI);
        Plan plan = Plan.define("plan-" + c1, c1, "大堂保洁日检", PlanKind.CLEANING,
                Target.place(Location.of(LocationKind.COMMON_AREA, commonArea), "水泵房"), "cleaning", Schedule.daily(),
                new Window(LocalTime.of(9, 0), Duration.ofHours(8)), Duration.ZERO, List.of(), null, Checklist.empty(),
                null, today, null);
        plans.insert(plan);
        tasks.insertNew(List.of(PlanTask.generated(plan, new Occurrence(today, Occurrence.Trigger.CALENDAR,
                plan.window().opensOn(today, SHANGHAI), plan.window().closesOn(today, SHANGHAI)), Instant.now())));
        // a maintenance plan of C1 on its lift, with its task of today gone to a work order
        Plan maintenance = Plan.define("plan-pm-" + c1, c1, "电梯月度保养", PlanKind.MAINTENANCE,
                Target.equipment(lift.id(), Location.of(LocationKind.BUILDING, building), "1号楼"), "elevator",
                Schedule.daily(), new Window(LocalTime.of(9, 0), Duration.ofHours(8)), Duration.ZERO, List.of("tech-c1"),
                null, Checklist.empty(), null, today, null);
        plans.insert(maintenance);
        PlanTask maintenanceTask = PlanTask.generated(maintenance, new Occurrence(today, Occurrence.Trigger.CALENDAR,
                maintenance.window().opensOn(today, SHANGHAI), maintenance.window().closesOn(today, SHANGHAI)), Instant.now());
        tasks.insertNew(List.of(maintenanceTask));
        String maintenanceWorkOrder = "wo-pm-" + c1;
        tasks.linkWorkOrder(maintenanceTask.id(), maintenanceWorkOrder, "WO-20261119-0001");
        InspectionRoute route = new InspectionRoute("route-" + c1, c1, "设备房日检", "plumbing", Duration.ofHours(1),
                List.of(new RoutePoint("point-pump", "水泵", Location.of(LocationKind.COMMON_AREA, commonArea), "水泵房",
                        null, "QR-" + c1, null, null, null, Checklist.empty())), 1);
        routes.insert(route);
        Round round = Round.open("round-" + c1, route, null, null, today, Instant.now(),
                Instant.now().plus(Duration.ofHours(1)), null, List.of());
        rounds.insertNew(List.of(round));

        return List.of(
                new OwnedObject("a plan of C1 and its task of today",
                        Map.of("planId", plan.id(), "occurrence", today.toString()), customerServiceOfC1, strangersOfStaffWork),
                new OwnedObject("a maintenance plan of C1, its task of today and the task's work order",
                        Map.of("planId", maintenance.id(), "occurrence", today.toString(), "workOrderId", maintenanceWorkOrder),
                        MatrixCaller.of("a technician of C1", TestTokens.staff("tech-c1", "TECHNICIAN", c1)), strangersOfStaffWork),
                new OwnedObject("an inspection route of C1", Map.of("routeId", route.id()), customerServiceOfC1,
                        strangersOfStaffWork),
                new OwnedObject("a round of C1 and its point", Map.of("roundId", round.id(), "pointId", "point-pump"),
                        customerServiceOfC1, strangersOfStaffWork),
                new OwnedObject("a meter of C1", Map.of("id", lobby.id()), customerServiceOfC1, strangersOfStaffWork)
                        .under("/api/v1/meters/"),
                new OwnedObject("a held reading of C1", Map.of("id", held.id()), customerServiceOfC1, strangersOfStaffWork)
                        .under("/api/v1/meter-readings/"),
                new OwnedObject("C1's month of readings", Map.of("communityId", c1, "period", "2026-11"), customerServiceOfC1,
                        strangersOfStaffWork).under("/api/v1/meters/periods/"),
                new OwnedObject("a finding of C1", Map.of("id", findingId), customerServiceOfC1, strangersOfStaffWork)
                        .under("/api/v1/findings/"),
                new OwnedObject("a device gateway of C1 and its device", Map.of("id", gatewayId, "deviceId", "smoke-1"),
                        MatrixCaller.of("a supervisor of C1", TestTokens.staff("sup-c1", "SUPERVISOR", c1)), strangersOfStaffWork)
                        .under("/api/v1/device-gateways/"),
                new OwnedObject("a lift of C1", Map.of("id", lift.id()), customerServiceOfC1, strangersOfStaffWork)
                        .under("/api/v1/equipment"),
                new OwnedObject("a certificate of C1's lift", Map.of("id", certificate), customerServiceOfC1,
                        strangersOfStaffWork).under("/api/v1/certificates"),
                new OwnedObject("the QR label of C1's lift", Map.of("qr", lift.qrCode()),
                        MatrixCaller.of("an owner of a unit in C1", TestTokens.owner("owner-c1", c1, unit)),
                        List.of(MatrixCaller.of("an owner in C2", TestTokens.owner("owner-c2", c2, "u-c2")),
                                MatrixCaller.of("a resident of C2", TestTokens.staff("resident-c2", "RESIDENT", c2).units("u-c2")),
                                customerServiceOfC1,
                                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2))))
                        .under("/api/v1/me/equipment"),
                new OwnedObject("community C1, its units, areas and places", Map.of("communityId", c1), customerServiceOfC1, strangers),
                new OwnedObject("building 1号楼 of C1", Map.of("communityId", c1, "buildingId", building), customerServiceOfC1,
                        strangersOfItsObjects).under("/api/v1/communities/{communityId}/buildings/{buildingId}"),
                new OwnedObject("the pump room of C1", Map.of("communityId", c1, "commonAreaId", commonArea), customerServiceOfC1,
                        strangersOfItsObjects).under("/api/v1/communities/{communityId}/common-areas/{commonAreaId}"),
                new OwnedObject("the garage of C1 and its spaces", Map.of("communityId", c1, "parkingAreaId", parkingArea),
                        customerServiceOfC1, strangersOfItsObjects).under("/api/v1/communities/{communityId}/parking-areas/{parkingAreaId}"),
                new OwnedObject("unit 1-1-101 of C1 and its handover", Map.of("unitId", unit), customerServiceOfC1, strangersOfItsObjects),
                new OwnedObject("parking space B-012 of C1", Map.of("spaceId", space), customerServiceOfC1, strangersOfItsObjects));
    }
}
