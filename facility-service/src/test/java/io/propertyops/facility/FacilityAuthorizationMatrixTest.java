package io.propertyops.facility;

import io.propertyops.facility.device.application.DeviceStore;
import io.propertyops.facility.device.domain.Device;
import io.propertyops.facility.device.domain.DeviceGateway;
import io.propertyops.facility.estate.application.Estate;
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
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.UUID;

@ServiceTest
class FacilityAuthorizationMatrixTest extends AuthorizationMatrix {

    @Autowired
    Estate estate;
    @Autowired
    Findings findings;
    @Autowired
    MeterStore meters;
    @Autowired
    ReadingStore readings;
    @Autowired
    DeviceStore devices;

    @Override
    protected List<OwnedObject> ownedObjects() {
        String c1 = "community-" + UUID.randomUUID();
        String c2 = "community-" + UUID.randomUUID();
        estate.insert(new Community(c1, "翠湖花园", "杭州", "西湖区", "翠湖路 1 号",
                List.of(new Community.Building(c1 + "-b1", "1号楼", 6, List.of(c1 + "-u101"))), List.of(), 1), List.of());
        estate.insert(new Community(c2, "银杏苑", "杭州", "拱墅区", "银杏路 8 号", List.of(), List.of(), 1), List.of());
        estate.insertUnitsOnce(List.of(new Unit(c1 + "-u101", c1, c1 + "-b1", "1-1-101", 1, new BigDecimal("89.50"))));

        List<MatrixCaller> strangers = List.of(
                MatrixCaller.of("customer service of C2", TestTokens.staff("cs-c2", "CUSTOMER_SERVICE", c2)),
                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2)),
                MatrixCaller.of("an owner of a unit in C1", TestTokens.owner("owner-c1", c1, c1 + "-u101")),
                MatrixCaller.of("an integration client of C1", TestTokens.integration("crm-c1", c1).scopes("tickets.read")),
                MatrixCaller.of("an integration client of C2", TestTokens.integration("crm-c2", c2).scopes("tickets.read")));
        MatrixCaller customerService = MatrixCaller.of("customer service of C1", TestTokens.staff("cs-c1", "CUSTOMER_SERVICE", c1));

        // a common meter of C1, with a held reading: no owner's unit has it
        Instant at = Instant.parse("2026-11-19T02:00:00Z");
        Meter lobby = new Meter(c1 + "-lobby-water", c1, MeterKind.WATER, Tariff.SINGLE, "LOBBY-" + c1,
                Location.of(LocationKind.COMMON_AREA, c1 + "-lobby"), "大堂", null, BigDecimal.ONE, 5, null,
                at.minusSeconds(86_400 * 90), null, null, false, 1);
        meters.insert(lobby, null, null);
        MeterReading held = new MeterReading(MeterReading.idOf(lobby.id(), at), c1, lobby.id(), null, YearMonth.of(2026, 11), at,
                Map.of(Register.TOTAL, new BigDecimal("12")), ReadingSource.STAFF, "tech-c1", null, null,
                Map.of(Register.TOTAL, new BigDecimal("12")), false, List.of("jump"), ReadingStatus.HELD, null, null, null, at, 1);
        readings.insertNew(List.of(held), Map.of());
        String findingId = "manual:" + c1;
        findings.report(List.of(new Findings.NewFinding(findingId, c1, FindingSource.MANUAL,
                Location.of(LocationKind.COMMON_AREA, c1 + "-lobby"), "大堂", null, "lobby.leak", "plumbing", Severity.LOW,
                "大堂漏水", null, "cs-c1", List.of())));
        String gatewayId = c1 + "-gateway";
        devices.insert(new DeviceGateway(gatewayId, c1, "大堂网关", "secret", "pm-c1", at));
        devices.save(new Device(gatewayId, "smoke-1", c1, "烟感 1", Location.of(LocationKind.COMMON_AREA, c1 + "-lobby"),
                "大堂", null, null, "fire"));

        return List.of(new OwnedObject("community C1 and its units", Map.of("communityId", c1), customerService, strangers),
                new OwnedObject("a meter of C1", Map.of("id", lobby.id()), customerService, strangers).under("/api/v1/meters/"),
                new OwnedObject("a held reading of C1", Map.of("id", held.id()), customerService, strangers)
                        .under("/api/v1/meter-readings/"),
                new OwnedObject("C1's month of readings", Map.of("communityId", c1, "period", "2026-11"), customerService,
                        strangers).under("/api/v1/meters/periods/"),
                new OwnedObject("a finding of C1", Map.of("id", findingId), customerService, strangers).under("/api/v1/findings/"),
                new OwnedObject("a device gateway of C1 and its device", Map.of("id", gatewayId, "deviceId", "smoke-1"),
                        MatrixCaller.of("a supervisor of C1", TestTokens.staff("sup-c1", "SUPERVISOR", c1)), strangers)
                        .under("/api/v1/device-gateways/"));
    }
}
