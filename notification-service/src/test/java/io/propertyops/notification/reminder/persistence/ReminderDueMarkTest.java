package io.propertyops.notification.reminder.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.notification.EmbeddedMongo;
import io.propertyops.notification.reminder.domain.CancellingEvent;
import io.propertyops.notification.reminder.domain.Reminder;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.bson.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A poll reads the reminders marked as due-able (scheduled, or claimed: a stale claim is taken over), never the
 * settled or cancelled ones kept forever: the writes that settle and cancel remove the mark.
 */
class ReminderDueMarkTest {

    final Instant now = Instant.parse("2026-11-23T15:00:00Z");
    final EmbeddedMongo embedded = new EmbeddedMongo();
    final MongoTemplate mongo = embedded.template();
    final MongoReminderStore store = new MongoReminderStore(mongo);

    @AfterEach
    void close() {
        embedded.close();
    }

    @Test
    void aPollFindsDueRemindersThroughTheirMarkAndNotSettledOrCancelledOnes() {
        store.insertOnce(reminder("second", now.minusSeconds(60)));
        store.insertOnce(reminder("later", now.plus(Duration.ofHours(1))));
        store.insertOnce(reminder("first", now.minusSeconds(120)));
        store.insertOnce(reminder("cancelled", now.minusSeconds(30)));
        assertThat(mongo.indexOps("reminders").getIndexInfo()).filteredOn(index -> index.getName().equals("due_mark"))
                .singleElement().matches(IndexInfo::isUnique).matches(IndexInfo::isSparse);

        assertThat(store.due(now, 10)).extracting(Reminder::id).containsExactly("first", "second", "cancelled");
        assertThat(store.due(now, 1)).extracting(Reminder::id).containsExactly("first");

        assertThat(store.cancel("cancelled", new CancellingEvent("event-1", "subject-1", "Answered", now))).isOne();
        assertThat(store.claim("first", now)).isTrue();
        assertThat(store.due(now, 10)).extracting(Reminder::id).containsExactly("second");
        Instant afterTheClaimTimeout = now.plus(Reminder.CLAIM_TIMEOUT).plusSeconds(1);
        assertThat(store.due(afterTheClaimTimeout, 10)).extracting(Reminder::id).containsExactly("first", "second");

        store.settle("first", Reminder.Status.SENT, now, null);
        assertThat(store.due(afterTheClaimTimeout, 10)).extracting(Reminder::id).containsExactly("second");
        assertThat(raw("first")).doesNotContainKey("dueMark");
        assertThat(raw("cancelled")).doesNotContainKey("dueMark");
        assertThat(raw("second")).containsKey("dueMark");
    }

    @Test
    void remindersWrittenBeforeMarksAreMarkedAtStart() {
        mongo.insert(new Document("_id", "old").append("subjectId", "subject-1").append("dueAt", now.minusSeconds(5))
                .append("status", "SCHEDULED"), "reminders");
        mongo.insert(new Document("_id", "sent").append("subjectId", "subject-1").append("dueAt", now.minusSeconds(5))
                .append("status", "SENT"), "reminders");
        assertThat(store.due(now, 10)).isEmpty(); // a poll reads marks only

        store.markUnmarked();

        assertThat(store.due(now, 10)).extracting(Reminder::id).containsExactly("old");
        assertThat(raw("sent")).doesNotContainKey("dueMark");
    }

    Reminder reminder(String id, Instant dueAt) {
        return new Reminder(id, "trigger-" + id, "WorkOrderCompleted", "CONFIRM", "WorkOrder", "subject-1", "person-1",
                now.minusSeconds(3600), dueAt, List.of("Answered"), "{}", Reminder.Status.SCHEDULED, null, null);
    }

    Document raw(String id) {
        return mongo.findOne(Query.query(Criteria.where("_id").is(id)), Document.class, "reminders");
    }
}
