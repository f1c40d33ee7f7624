package io.propertyops.facility.estate;

import io.propertyops.starter.messaging.Effects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;

/**
 * Seeds the demo estate on a development platform's first start, from the data file the launcher names.
 * Never active in production: without {@code propertyops.demo.data-file} (env {@code PROPERTYOPS_DEMO_DATA})
 * it does not exist. Idempotent:
 * ids come from the file, so a second start or a second replica inserts nothing new.
 */
@Component
@ConditionalOnExpression("'${propertyops.demo.data-file:${PROPERTYOPS_DEMO_DATA:}}' != ''")
class DemoEstateSeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoEstateSeeder.class);

    private final MongoTemplate mongo;
    private final Path dataFile;

    DemoEstateSeeder(MongoTemplate mongo, org.springframework.core.env.Environment environment) {
        this.mongo = mongo;
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

    private int insertOnce(Object document) {
        return Effects.insertOnce(mongo, document) ? 1 : 0;
    }

    @Override
    public void run(ApplicationArguments args) {
        DemoFile file = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build()
                .readValue(dataFile.toFile(), DemoFile.class);
        int inserted = 0;
        for (DemoCommunity community : file.communities()) {
            inserted += insertOnce(new Community(community.id(), community.name(), community.city(), community.district(),
                    community.address(), community.buildings().stream()
                    .map(b -> new Community.Building(b.id(), b.name(), b.floors())).toList(), community.commonAreas()));
            for (DemoBuilding building : community.buildings()) {
                for (DemoUnit unit : building.units()) {
                    inserted += insertOnce(new Unit(unit.id(), community.id(), building.id(), unit.number(), unit.floor(), unit.areaSqm()));
                }
            }
        }
        log.info("Demo estate from {}: {} documents inserted", dataFile, inserted);
    }

}
