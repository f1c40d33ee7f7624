package io.propertyops.notification.delivery.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.propertyops.notification.EmbeddedMongo;
import io.propertyops.notification.delivery.domain.OutboundDelivery;
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
 * A poll reads the deliveries marked as due-able (a sparse unique mark, set while pending or while a fallback is
 * set), never the finished ones kept forever: what it finds follows the mark, which the write that finishes removes.
 */
class DeliveryDueMarkTest {

    final Instant now = Instant.parse("2026-11-23T15:00:00Z");
    final EmbeddedMongo embedded = new EmbeddedMongo();
    final MongoTemplate mongo = embedded.template();
    final MongoDeliveryStore store = new MongoDeliveryStore(mongo);

    @AfterEach
    void close() {
        embedded.close();
    }

    @Test
    void aPollFindsPendingDeliveriesThroughTheirMarkImmediateFirstAndNotFinishedOnes() {
        List<OutboundDelivery> written = store.insertNew(List.of(
                planned("ordinary", "NORMAL", now.minusSeconds(60)),
                planned("later", "NORMAL", now.plus(Duration.ofHours(1))),
                planned("urgent", OutboundDelivery.IMMEDIATE, now.minusSeconds(1)),
                planned("earlier", "NORMAL", now.minusSeconds(120))));

        assertThat(store.due(now, 10)).extracting(OutboundDelivery::eventId).containsExactly("urgent", "earlier", "ordinary");
        assertThat(store.due(now, 2)).extracting(OutboundDelivery::eventId).containsExactly("urgent", "earlier");
        assertThat(marksIn("dueMark")).hasSize(4);
        assertThat(mongo.indexOps("deliveries").getIndexInfo()).filteredOn(index -> index.getName().equals("due_mark"))
                .singleElement().matches(IndexInfo::isUnique).matches(IndexInfo::isSparse);

        OutboundDelivery urgent = store.due(now, 1).getFirst();
        assertThat(store.save(urgent.after(OutboundDelivery.Status.SENT, urgent.notBefore(),
                List.of(new OutboundDelivery.Attempt(now, true, null))))).isTrue();
        OutboundDelivery earlier = store.due(now, 1).getFirst();
        assertThat(store.save(earlier.after(OutboundDelivery.Status.PENDING, now.plusSeconds(30), List.of()))).isTrue();

        assertThat(store.due(now, 10)).extracting(OutboundDelivery::eventId).containsExactly("ordinary");
        assertThat(store.due(now.plusSeconds(30), 10)).extracting(OutboundDelivery::eventId).containsExactly("ordinary", "earlier");
        assertThat(raw("urgent")).doesNotContainKey("dueMark"); // the sent delivery is no longer read by a poll
        assertThat(marksIn("dueMark")).hasSize(3);
        assertThat(written).extracting(OutboundDelivery::id).doesNotContainNull().doesNotHaveDuplicates();
    }

    @Test
    void aFallbackIsMarkedWhileItIsSetDueWhenItsTimeComesOrThePushFailed() {
        store.insertNew(List.of(planned("checked", OutboundDelivery.ESCALATION, now).checkingFallbackAt(now.minusSeconds(1)),
                planned("waiting", OutboundDelivery.ESCALATION, now).checkingFallbackAt(now.plusSeconds(600)),
                planned("failed", OutboundDelivery.ESCALATION, now).checkingFallbackAt(now.plusSeconds(300))));
        OutboundDelivery failed = store.due(now, 10).stream().filter(d -> d.eventId().equals("failed")).findFirst().orElseThrow();
        assertThat(store.save(failed.after(OutboundDelivery.Status.FAILED, now, List.of()))).isTrue();

        assertThat(store.fallbacksDue(now, 10)).extracting(OutboundDelivery::eventId).containsExactly("checked", "failed");

        OutboundDelivery checked = store.fallbacksDue(now, 1).getFirst();
        assertThat(store.save(checked.checkingFallbackAt(null))).isTrue();
        assertThat(raw("checked")).doesNotContainKey("fallbackMark");
        assertThat(store.fallbacksDue(now, 10)).extracting(OutboundDelivery::eventId).containsExactly("failed");
    }

    @Test
    void deliveriesWrittenBeforeMarksAreMarkedAtStart() {
        mongo.insert(new Document("eventId", "old").append("recipientId", "person-1").append("channel", "SMS")
                .append("priority", "NORMAL").append("status", "PENDING").append("notBefore", now.minusSeconds(5))
                .append("fallbackAt", now.minusSeconds(5)).append("attempts", List.of()).append("version", 0L), "deliveries");
        store.insertNew(List.of(planned("sent", "NORMAL", now.minusSeconds(5))
                .after(OutboundDelivery.Status.SENT, now, List.of())));
        assertThat(store.due(now, 10)).isEmpty(); // a poll reads marks only

        store.markUnmarked();

        assertThat(store.due(now, 10)).extracting(OutboundDelivery::eventId).containsExactly("old");
        assertThat(store.fallbacksDue(now, 10)).extracting(OutboundDelivery::eventId).containsExactly("old");
        assertThat(raw("sent")).doesNotContainKeys("dueMark", "fallbackMark");
    }

    OutboundDelivery planned(String eventId, String priority, Instant notBefore) {
        return OutboundDelivery.planned(eventId, "person-1", "SMS", "+8613800000000", "UPDATE", priority, "title", "body",
                now.minusSeconds(600), notBefore, now.plus(Duration.ofHours(24)));
    }

    Document raw(String eventId) {
        return mongo.findOne(Query.query(Criteria.where("eventId").is(eventId)), Document.class, "deliveries");
    }

    List<Document> marksIn(String mark) {
        return mongo.find(Query.query(Criteria.where(mark).exists(true)), Document.class, "deliveries");
    }
}
