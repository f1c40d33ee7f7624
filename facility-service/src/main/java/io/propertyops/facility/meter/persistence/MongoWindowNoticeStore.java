package io.propertyops.facility.meter.persistence;

import io.propertyops.events.facility.MeterReadingMissing;
import io.propertyops.facility.meter.application.WindowNoticeStore;
import io.propertyops.facility.meter.domain.WindowNotice;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The window notices and the unit reminders on MongoDB: each read by id, written once or at its version. */
@Repository
class MongoWindowNoticeStore implements WindowNoticeStore {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoWindowNoticeStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public Optional<WindowNotice> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WindowNoticeDocument.class)).map(WindowNoticeDocument::toDomain);
    }

    @Override
    public boolean open(WindowNotice notice) {
        return writes.insertIfAbsent(WindowNoticeDocument.of(notice, outbox.of(List.of(notice.openedEvent()))),
                WindowNoticeDocument.COLLECTION);
    }

    @Override
    public boolean save(WindowNotice notice) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(notice.id()).and("version").is(notice.version() - 1)),
                new Update().set("nextPage", notice.nextPage()).set("remindersDone", notice.remindersDone())
                        .set("version", notice.version()),
                WindowNoticeDocument.class).getMatchedCount() > 0;
    }

    @Override
    public int remind(List<MeterReadingMissing> reminders) {
        return writes.insertNew(reminders.stream()
                .map(event -> ReadingReminderDocument.of(event, outbox.of(List.of(event)))).toList(),
                ReadingReminderDocument.COLLECTION).size();
    }
}
