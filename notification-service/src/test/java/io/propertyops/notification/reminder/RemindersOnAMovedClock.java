package io.propertyops.notification.reminder;

import io.propertyops.events.DomainEvent;
import io.propertyops.notification.delivery.application.Deliveries;
import io.propertyops.testsupport.EventPublishing;
import io.propertyops.testsupport.MutableClock;
import io.propertyops.testsupport.TestHttp;
import io.propertyops.testsupport.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.time.Duration;

import static org.awaitility.Awaitility.await;

/**
 * Reminder tests on a clock they hold and move ({@code @ServiceTest @MovableClock("2026-11-25T02:00:00Z")} on each,
 * so that they share one context); the reminder job runs every 200 ms on it. A test that issues tokens from the
 * clock ({@link TestTokens#useClock}) has them issued in real time again afterwards.
 */
abstract class RemindersOnAMovedClock {

    @DynamicPropertySource
    static void fastJobs(DynamicPropertyRegistry registry) {
        registry.add("propertyops.notification.reminders.interval", () -> "PT0.2S");
    }

    @AfterAll
    static void realTimeTokens() {
        TestTokens.useClock(java.time.Clock.systemUTC());
    }

    @Autowired
    MutableClock clock;
    @Autowired
    TestHttp http;
    @Autowired
    KafkaTemplate<String, byte[]> kafka;
    @Autowired
    MongoTemplate mongo;
    @Autowired
    Deliveries deliveries;

    void publish(DomainEvent... events) throws Exception {
        EventPublishing.publish(kafka, events);
    }

    /** Waits until the reminder listener has handled every event before this cancelling one. */
    void awaitHandled(DomainEvent cancelling) {
        await().atMost(Duration.ofSeconds(20)).until(() -> mongo.exists(
                Query.query(Criteria.where("_id").is(cancelling.eventId())), "reminder_cancellations"));
    }
}
