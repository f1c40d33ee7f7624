package io.propertyops.billing.unit;

import io.propertyops.events.facility.UnitChanged;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.ServiceTest;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;

/**
 * A measurement, not a check of speed (it is not run by the build: its name ends in neither Test nor Tests): an estate
 * import's burst of UnitChanged, one per unit, published in one go, and the time until billing keeps them all.
 *
 * <pre>./mvnw -B -o verify -pl billing-service -am -Dtest=UnitChangedBurstThroughput \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Devents=5000</pre>
 */
@ServiceTest
class UnitChangedBurstThroughput {

    private static final Logger log = LoggerFactory.getLogger(UnitChangedBurstThroughput.class);

    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;

    @Test
    void measure() throws Exception {
        int events = Integer.getInteger("events", 5_000);
        String prefix = "throughput-" + UUID.randomUUID() + "-";
        Query landed = Query.query(Criteria.where("_id").regex("^" + Pattern.quote(prefix)));
        burst(events, prefix, 1, () -> mongo.count(landed, "billed_units") == events);
        Query changed = Query.query(Criteria.where("_id").regex("^" + Pattern.quote(prefix)).and("version").is(2L));
        burst(events, prefix, 2, () -> mongo.count(changed, "billed_units") == events);
    }

    private void burst(int events, String prefix, long version, Callable<Boolean> landed) throws Exception {
        List<UnitChanged> burst = new ArrayList<>(events);
        for (int i = 0; i < events; i++) {
            burst.add(UnitAreasTest.changed(prefix + i, version, UnitAreasTest.area(i, version), null, "UNSOLD"));
        }
        long start = System.nanoTime();
        EventPublishing.publishAll(kafka, burst);
        long published = System.nanoTime();
        await().atMost(Duration.ofMinutes(10)).pollInterval(Duration.ofMillis(200)).until(landed);
        long done = System.nanoTime();

        log.info("{} UnitChanged ({}): published in {} ms, all kept after {} ms ({} events/s)", events,
                version == 1 ? "new units" : "changed units", (published - start) / 1_000_000,
                (done - start) / 1_000_000, events * 1_000_000_000L / (done - start));
    }
}
