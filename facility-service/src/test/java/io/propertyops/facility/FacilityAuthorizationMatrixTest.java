package io.propertyops.facility;

import io.propertyops.facility.certificate.application.Certificates;
import io.propertyops.facility.certificate.domain.CertificateKind;
import io.propertyops.facility.equipment.application.EquipmentLedger;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentDetails;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.facility.equipment.domain.Importance;
import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.web.Caller;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.testsupport.AuthorizationMatrix;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;

import java.math.BigDecimal;
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
    EquipmentLedger ledger;
    @Autowired
    Certificates certificates;

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
        MatrixCaller staffOfC1 = MatrixCaller.of("customer service of C1", TestTokens.staff("cs-c1", "CUSTOMER_SERVICE", c1));

        Caller manager = new Caller("pm-c1", "经理", Set.of("PROPERTY_MANAGER"), Set.of(c1), Set.of(), Set.of());
        Equipment lift = ledger.register(manager, c1, new EquipmentDetails("LIFT-03-A", EquipmentType.ELEVATOR, "3号楼 A 梯",
                null, null, null, Location.of(LocationKind.BUILDING, c1 + "-b1"), "1号楼", Importance.A, null, null, null,
                null, null, null), null, null).equipment();
        String certificate = certificates.record(manager, lift.id(), new Certificates.NewCertificate(
                CertificateKind.LIFT_ANNUAL_INSPECTION, "TSX-1", "检测院", LocalDate.parse("2026-01-01"),
                LocalDate.parse("2026-12-31")), null).certificate().id();

        return List.of(new OwnedObject("community C1 and its units", Map.of("communityId", c1), staffOfC1, strangers),
                new OwnedObject("a lift of C1", Map.of("id", lift.id()), staffOfC1, strangers).under("/api/v1/equipment"),
                new OwnedObject("a certificate of C1's lift", Map.of("id", certificate), staffOfC1, strangers)
                        .under("/api/v1/certificates"),
                new OwnedObject("the QR label of C1's lift", Map.of("qr", lift.qrCode()),
                        MatrixCaller.of("an owner of a unit in C1", TestTokens.owner("owner-c1", c1, c1 + "-u101")),
                        List.of(MatrixCaller.of("an owner in C2", TestTokens.owner("owner-c2", c2, "u-c2")),
                                MatrixCaller.of("a resident of C2", TestTokens.staff("resident-c2", "RESIDENT", c2).units("u-c2")),
                                staffOfC1,
                                MatrixCaller.of("an admin of C2", TestTokens.staff("admin-c2", "ADMIN", c2))))
                        .under("/api/v1/me/equipment"));
    }
}
