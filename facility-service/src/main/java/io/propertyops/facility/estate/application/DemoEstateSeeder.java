package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.CommonAreaKind;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Seeds the demo estate on a development platform's first start, from the data file the launcher names.
 * Never active in production: without {@code propertyops.demo.data-file} (env {@code PROPERTYOPS_DEMO_DATA})
 * it does not exist. Idempotent: ids come from the file, so a second start or a second replica inserts nothing
 * new, and a community's structure event is recorded only when the file added to it. What staff have edited since
 * stays as they left it. Units are residential (住宅); those with an owner in the file are occupied (已入住), the
 * others handed over (已交付).
 */
@Component
@ConditionalOnExpression("'${propertyops.demo.data-file:${PROPERTYOPS_DEMO_DATA:}}' != ''")
public class DemoEstateSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEstateSeeder.class);

    private final EstateStructure estate;
    private final Path dataFile;

    DemoEstateSeeder(EstateStructure estate, org.springframework.core.env.Environment environment) {
        this.estate = estate;
        String configured = environment.getProperty("propertyops.demo.data-file");
        this.dataFile = Path.of(configured != null ? configured : environment.getRequiredProperty("PROPERTYOPS_DEMO_DATA"));
    }

    record DemoFile(List<DemoCommunity> communities, List<DemoPerson> people) {
    }

    record DemoCommunity(String id, String name, String city, String district, String address,
                         List<DemoBuilding> buildings, List<DemoCommonArea> commonAreas) {
    }

    record DemoBuilding(String id, String name, int floors, List<DemoUnit> units) {
    }

    record DemoUnit(String id, String number, int floor, BigDecimal areaSqm) {
    }

    record DemoCommonArea(String id, String name, CommonAreaKind kind, String buildingId) {
    }

    record DemoPerson(List<String> roles, List<String> unitIds) {
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoFile file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(dataFile.toFile(), DemoFile.class);
        // units with an owner are lived in; the others are handed over, waiting for their move-in
        Set<String> owned = file.people() == null ? Set.of() : file.people().stream()
                .filter(person -> person.roles() != null && person.roles().contains("OWNER") && person.unitIds() != null)
                .flatMap(person -> person.unitIds().stream()).collect(Collectors.toSet());
        int inserted = 0;
        for (DemoCommunity community : file.communities()) {
            List<Unit> units = community.buildings().stream().flatMap(building -> building.units().stream()
                    .map(unit -> Unit.create(unit.id(), community.id(), building.id(), new Unit.Details(unit.number(),
                            unit.floor(), UnitType.RESIDENTIAL, owned.contains(unit.id()) ? UnitState.OCCUPIED
                            : UnitState.HANDED_OVER, unit.areaSqm(), null)))).toList();
            List<Community.CommonArea> commonAreas = community.commonAreas() == null ? List.of()
                    : community.commonAreas().stream().map(area -> new Community.CommonArea(area.id(), area.name(),
                    area.kind(), area.buildingId())).toList();
            inserted += estate.seed(new Community(community.id(), community.name(), community.city(),
                    community.district(), community.address(), community.buildings().stream()
                    .map(b -> new Community.Building(b.id(), b.name(), b.floors(), List.of())).toList(),
                    commonAreas, List.of(), 1), units);
        }
        log.info("Demo estate from {}: {} documents inserted or changed", dataFile, inserted);
    }

}
