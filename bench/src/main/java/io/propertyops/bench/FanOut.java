package io.propertyops.bench;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.InsertManyOptions;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * Scenario 6: an announcement to a community of 50,000 residents, from the 202 until every inbox has it. The
 * residents beyond the estate's own go straight into notification-service's recipient directory in bulk, shaped
 * as its person-event listener writes them: registering 50,000 accounts and their events first would take longer
 * than the whole benchmark may.
 */
final class FanOut {

    private static final Logger log = LoggerFactory.getLogger(FanOut.class);
    private static final int BATCH = 1_000;

    private final MongoDatabase notification;
    private final String gateway;
    private final Clock clock;

    FanOut(MongoDatabase notification, String gateway, Clock clock) {
        this.notification = notification;
        this.gateway = gateway;
        this.clock = clock;
    }

    Map<String, Object> run(String communityId, List<String> unitIds, int residents, String publisherToken) throws Exception {
        Map<String, Object> facts = new LinkedHashMap<>();
        Bson residentsOfCommunity = Filters.and(Filters.in("roles", "OWNER", "RESIDENT"),
                Filters.eq("communityIds", communityId), Filters.eq("deactivatedAt", null));
        long known = notification.getCollection("recipients").countDocuments(residentsOfCommunity);
        long begin = System.nanoTime();
        List<Document> batch = new ArrayList<>(BATCH);
        Date now = Date.from(clock.instant());
        for (long i = known; i < residents; i++) {
            batch.add(new Document("_id", UUID.randomUUID().toString()).append("name", "基准住户" + i)
                    .append("phone", String.format("136%08d", i)).append("email", null)
                    .append("roles", List.of("OWNER")).append("communityIds", List.of(communityId))
                    .append("unitIds", List.of(unitIds.get((int) (i % unitIds.size()))))
                    .append("updatedAt", now).append("lastEventId", "bench-seed"));
            if (batch.size() == BATCH || i == residents - 1) {
                notification.getCollection("recipients").insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        long total = notification.getCollection("recipients").countDocuments(residentsOfCommunity);
        facts.put("residents", total);
        facts.put("residents added to the directory", total - known);
        facts.put("adding them took s", (System.nanoTime() - begin) / 1e9);

        Api.Response accepted = Api.post(gateway + "/api/v1/announcements", publisherToken, """
                {"communityIds": ["%s"], "title": "停水通知", "body": "因管道检修，明日 9:00–12:00 全小区停水，请提前储水。",
                 "urgent": false, "unitIds": []}""".formatted(communityId));
        long published = System.nanoTime();
        if (accepted.status() != 202) {
            throw new IllegalStateException("publishing the announcement answered " + accepted);
        }
        String id = accepted.text("id");
        long giveUp = published + Duration.ofMinutes(6).toNanos();
        Document announcement = null;
        while (System.nanoTime() < giveUp) {
            announcement = notification.getCollection("announcements").find(Filters.eq("_id", id)).first();
            if (announcement != null && "PUBLISHED".equals(announcement.getString("state"))) {
                break;
            }
            TimeUnit.MILLISECONDS.sleep(100);
        }
        double seconds = (System.nanoTime() - published) / 1e9;
        long inboxes = notification.getCollection("inbox").countDocuments(Filters.eq("eventId", id));
        facts.put("202 → every inbox has it s", seconds);
        facts.put("inboxes with it", inboxes);
        facts.put("state", announcement == null ? "missing" : announcement.getString("state"));
        if (announcement != null && announcement.getDate("completedAt") != null && announcement.getDate("publishedAt") != null) {
            facts.put("fan-out by the service's own clock s", Duration.between(announcement.getDate("publishedAt").toInstant(),
                    announcement.getDate("completedAt").toInstant()).toMillis() / 1000.0);
        }
        facts.put("inbox writes per second", inboxes / seconds);
        log.info("fan-out: {}", facts);
        return facts;
    }
}
