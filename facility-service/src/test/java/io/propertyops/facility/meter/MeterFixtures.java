package io.propertyops.facility.meter;

import io.propertyops.facility.estate.application.Estate;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.testsupport.TestHttp;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A community with two units of known areas, and meters and readings added through the API. */
final class MeterFixtures {

    final String community = "community-" + UUID.randomUUID();
    final String unit601 = community + "-u601";
    final String unit602 = community + "-u602";
    private final TestHttp http;

    MeterFixtures(TestHttp http, Estate estate) {
        this.http = http;
        estate.insert(new Community(community, "翠湖花园", "杭州", "西湖区", "翠湖路 1 号",
                List.of(new Community.Building(community + "-b1", "1号楼", 6, List.of(unit601, unit602))), List.of(), List.of(),
                1), List.of());
        for (Unit unit : List.of(unit(unit601, "1-1-601", "89.50"), unit(unit602, "1-1-602", "120.00"))) {
            estate.insertUnit(unit, unit.changed(UUID.randomUUID().toString(), java.time.Instant.now()));
        }
    }

    private Unit unit(String id, String number, String area) {
        return Unit.create(id, community, community + "-b1", new Unit.Details(number, 6, UnitType.RESIDENTIAL,
                UnitState.OCCUPIED, new BigDecimal(area), null));
    }

    /** A water meter of a unit, 5 digits, installed on 1 June 2026 at 100. */
    String unitWaterMeter(String token, String unitId, String serial) {
        return add(token, """
                {"communityId":"%s","kind":"WATER","serial":"%s","location":{"kind":"UNIT","id":"%s"},"digits":5,
                 "initialValues":{"TOTAL":100},"installedAt":"2026-06-01T00:00:00Z"}""".formatted(community, serial, unitId));
    }

    /** The lobby's water meter shared by both units by area, the areas taken from the estate. */
    String sharedLobbyMeter(String token) {
        return add(token, """
                {"communityId":"%s","kind":"WATER","serial":"LOBBY-1","location":{"kind":"COMMON_AREA","id":"%s-lobby"},
                 "initialValues":{"TOTAL":0},"installedAt":"2026-06-01T00:00:00Z",
                 "apportioning":{"rule":"BY_AREA","units":[{"unitId":"%s"},{"unitId":"%s"}]}}"""
                .formatted(community, community, unit601, unit602));
    }

    String add(String token, String body) {
        TestHttp.Response added = http.post("/api/v1/meters", token, body);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        return added.json("$.id");
    }

    TestHttp.Response read(String token, String meterId, String readAt, String value) {
        return http.post("/api/v1/meter-readings", token, """
                {"readings":[{"meterId":"%s","readAt":"%s","value":%s}]}""".formatted(meterId, readAt, value));
    }

    void readAll(String token, String meterId, String... readAtAndValue) {
        StringBuilder items = new StringBuilder();
        for (int i = 0; i < readAtAndValue.length; i += 2) {
            items.append(i == 0 ? "" : ",").append("""
                    {"meterId":"%s","readAt":"%s","value":%s}""".formatted(meterId, readAtAndValue[i], readAtAndValue[i + 1]));
        }
        TestHttp.Response round = http.post("/api/v1/meter-readings", token, "{\"readings\":[" + items + "]}");
        assertThat(round.status()).as(round.toString()).isEqualTo(200);
        assertThat(round.<Integer>json("$.counted")).as(round.toString()).isEqualTo(readAtAndValue.length / 2);
    }
}
