package io.propertyops.facility.equipment;

/** Request bodies of the ledger's API for tests (an Object Mother). */
public final class EquipmentJson {

    private EquipmentJson() {
    }

    /** Where a community's equipment is registered. */
    public static String registerIn(String communityId) {
        return "/api/v1/equipment?communityId=" + communityId;
    }

    /** 3号楼 2号生活水泵 at a place of this kind, with every ledger fact. */
    public static String pump(String code, String locationKind) {
        return """
                {"code": "%s", "type": "pump", "name": "3号楼 2号生活水泵", "brand": "格兰富",
                 "model": "CR 32-4", "serial": "GF-2019-0832211",
                 "location": {"kind": "%s", "id": "cuihu-b3-pump-room"}, "locationName": "3号楼 水泵房",
                 "importance": "A", "purchasePrice": 48600.00, "inServiceDate": "2019-06-18", "warrantyEnd": "2022-06-17",
                 "usefulLifeYears": 15, "responsibleStaffId": "tech-0012"}""".formatted(code, locationKind);
    }

    /** 3号楼 A 梯 in a building. */
    public static String lift(String code) {
        return pump(code, "BUILDING").replace("\"pump\"", "\"elevator\"").replace("3号楼 2号生活水泵", "3号楼 A 梯");
    }
}
