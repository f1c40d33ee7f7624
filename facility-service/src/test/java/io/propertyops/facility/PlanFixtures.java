package io.propertyops.facility;

import io.propertyops.testsupport.TestHttp;

import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Plans and inspection routes as staff send them, and the calls the facility tests make with them. */
public final class PlanFixtures {

    private PlanFixtures() {
    }

    /** A route of two points: a pump with a pressure reading, and a water tank that is clean or not. */
    public static String plantRoomRoute(String communityId, String pumpEquipmentId, String window) {
        return """
                {"communityId": "%s", "name": "3号楼 设备房日检", "category": "plumbing", "window": "%s",
                 "points": [
                   {"id": "point-pump", "name": "7号生活水泵", "location": {"kind": "COMMON_AREA", "id": "area-pump-room-3"},
                    "locationName": "3号楼 水泵房", "equipmentId": "%s", "tag": "QR-PUMP-7",
                    "position": {"latitude": 30.2741, "longitude": 120.1551}, "radiusMetres": 30,
                    "checklist": [{"id": "outlet-pressure", "label": "出水压力", "type": "NUMBER", "min": 0.25, "max": 0.6,
                                   "unit": "MPa", "faultType": "pump.pressure-low", "severity": "HIGH"}]},
                   {"id": "point-tank", "name": "生活水箱", "location": {"kind": "COMMON_AREA", "id": "area-tank-3"},
                    "locationName": "3号楼 屋顶水箱", "tag": "QR-TANK-3",
                    "checklist": [{"id": "clean", "label": "水箱清洁", "type": "PASS_FAIL", "faultType": "tank.dirty"}]}
                 ]}""".formatted(communityId, window, pumpEquipmentId);
    }

    /** A daily maintenance plan of a pump, its window 09:00–13:00, generated {@code leadTime} ahead. */
    public static String pumpMaintenancePlan(String communityId, String name, String leadTime, String effectiveFrom) {
        return """
                {"communityId": "%s", "name": "%s", "kind": "MAINTENANCE",
                 "target": {"equipmentId": "equipment-pump-7", "location": {"kind": "COMMON_AREA", "id": "area-pump-room-3"},
                            "locationName": "3号楼 水泵房"},
                 "category": "plumbing", "schedule": {"frequency": "DAILY"}, "window": {"start": "09:00", "duration": "PT4H"},
                 "leadTime": "%s", "assigneeIds": ["tech-wang"], "supervisorId": "sup-li",
                 "checklist": [{"id": "bearing", "label": "轴承润滑", "type": "PASS_FAIL", "faultType": "pump.bearing"}],
                 "effectiveFrom": "%s"}""".formatted(communityId, name, leadTime, effectiveFrom);
    }

    /** A daily inspection plan of a route, its window 09:00–10:00. */
    public static String dailyInspectionPlan(String communityId, String routeId, String supervisorId, String leadTime,
                                             String effectiveFrom) {
        return """
                {"communityId": "%s", "name": "设备房每日巡检", "kind": "INSPECTION", "target": {"routeId": "%s"},
                 "category": "plumbing", "schedule": {"frequency": "DAILY"}, "window": {"start": "09:00", "duration": "PT1H"},
                 "leadTime": "%s", "assigneeIds": ["tech-wang"], "supervisorId": "%s", "effectiveFrom": "%s"}"""
                .formatted(communityId, routeId, leadTime, supervisorId, effectiveFrom);
    }

    public static String created(TestHttp http, String path, String token, String json) {
        TestHttp.Response response = http.post(path, token, json);
        assertThat(response.status()).as(response.toString()).isEqualTo(201);
        return response.json("$.id");
    }

    public static TestHttp.Response put(TestHttp http, String path, String token, String json, String ifMatch) {
        HttpRequest.Builder request = http.request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request);
    }
}
