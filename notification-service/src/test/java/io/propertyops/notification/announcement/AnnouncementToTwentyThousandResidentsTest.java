package io.propertyops.notification.announcement;

import io.propertyops.notification.directory.domain.Recipient;
import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.testsupport.ServiceTest;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The benchmark: an announcement to 20,000 residents lands in every inbox; the time is logged. */
@ServiceTest
class AnnouncementToTwentyThousandResidentsTest {

    private static final Logger log = LoggerFactory.getLogger(AnnouncementToTwentyThousandResidentsTest.class);
    private static final int RESIDENTS = 20_000;

    @Value("${local.server.port}")
    int port;
    @Autowired
    MongoTemplate mongo;

    @Test
    void anAnnouncementToTwentyThousandResidentsLandsInEveryInbox() {
        String community = "community-" + UUID.randomUUID();
        List<Recipient> residents = new ArrayList<>(RESIDENTS);
        for (int i = 0; i < RESIDENTS; i++) {
            residents.add(Residents.owner(community, "unit-" + i));
        }
        Residents.register(mongo, residents);
        String manager = TestTokens.staff("manager-" + UUID.randomUUID(), "PROPERTY_MANAGER", community).token();

        long start = System.nanoTime();
        var accepted = TestHttp.at("http://localhost:" + port).post("/api/v1/announcements", manager, """
                {"title": "消防演练通知", "body": "本周六上午十点全小区消防演练", "urgent": false}""");
        long acceptedMillis = (System.nanoTime() - start) / 1_000_000;
        assertThat(accepted.status()).as("%s", accepted).isEqualTo(202);
        Query entries = Query.query(Criteria.where("eventId").is(accepted.<String>json("$.id")));
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200))
                .until(() -> mongo.count(entries, InboxEntry.class, "inbox") == RESIDENTS);
        long fanOutMillis = (System.nanoTime() - start) / 1_000_000;

        log.info("Announcement to {} residents: accepted in {} ms, in every inbox after {} ms", RESIDENTS, acceptedMillis,
                fanOutMillis);
        assertThat(mongo.findDistinct(entries, "recipientId", "inbox", InboxEntry.class, String.class)).hasSize(RESIDENTS);
    }
}
