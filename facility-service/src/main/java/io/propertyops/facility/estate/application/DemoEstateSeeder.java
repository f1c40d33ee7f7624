package io.propertyops.facility.estate.application;

import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.domain.Unit;
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

/**
 * Seeds the demo estate on a development platform's first start, from the data file the launcher names.
 * Never active in production: without {@code propertyops.demo.data-file} (env {@code PROPERTYOPS_DEMO_DATA})
 * it does not exist. Idempotent: ids come from the file, so a second start or a second replica inserts nothing
 * new, and a community's structure event is recorded only when the file changed it.
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

    record DemoFile(List<DemoCommunity> communities) {
    }

    record DemoCommunity(String id, String name, String city, String district, String address,
                         List<DemoBuilding> buildings, List<Community.CommonArea> commonAreas) {
    }

    record DemoBuilding(String id, String name, int floors, List<DemoUnit> units) {
    }

    record DemoUnit(String id, String number, int floor, BigDecimal areaSqm) {
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoFile file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(dataFile.toFile(), DemoFile.class);
        int inserted = 0;
        for (DemoCommunity community : file.communities()) {
            List<Unit> units = community.buildings().stream().flatMap(building -> building.units().stream()
                    .map(unit -> new Unit(unit.id(), community.id(), building.id(), unit.number(), unit.floor(),
                            unit.areaSqm()))).toList();
            inserted += estate.record(new Community(community.id(), community.name(), community.city(),
                    community.district(), community.address(), community.buildings().stream()
                    .map(b -> new Community.Building(b.id(), b.name(), b.floors(),
                            b.units().stream().map(DemoUnit::id).toList())).toList(),
                    community.commonAreas(), 0), units);
        }
        log.info("Demo estate from {}: {} documents inserted or changed", dataFile, inserted);
    }

}
