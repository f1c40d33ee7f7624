package io.propertyops.notification.inbox;

import io.propertyops.notification.delivery.ReadReceipts;
import io.propertyops.starter.messaging.Effects;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

import java.time.Instant;

/** The in-app inbox: delivering a message at most once per event, and reading a person's own messages. */
@Component
public class Inbox implements ReadReceipts {

    private final MongoTemplate mongo;

    Inbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    /** True when the message was new; false when this event already reached this person. */
    public boolean deliver(InboxEntry entry) {
        return Effects.insertOnce(mongo, entry);
    }

    public Page<InboxEntry> of(String recipientId, Pageable pageable) {
        Query query = Query.query(Criteria.where("recipientId").is(recipientId));
        long total = mongo.count(query, InboxEntry.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        return new PageImpl<>(mongo.find(query, InboxEntry.class), pageable, total);
    }

    /** Marks one of the person's messages read; the first reading counts. @return whether it is theirs */
    public boolean markRead(String recipientId, String entryId, Instant at) {
        Query theirs = Query.query(Criteria.where("_id").is(entryId).and("recipientId").is(recipientId));
        if (!mongo.exists(theirs, InboxEntry.class)) {
            return false;
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(entryId).and("recipientId").is(recipientId)
                .and("readAt").is(null)), new Update().set("readAt", at), InboxEntry.class);
        return true;
    }

    /** @return how many messages this marked read */
    public long markAllRead(String recipientId, Instant at) {
        return mongo.updateMulti(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)),
                new Update().set("readAt", at), InboxEntry.class).getModifiedCount();
    }

    /** Whether the person read the message this event brought them; no message counts as unread. */
    @Override
    public boolean read(String eventId, String recipientId) {
        return mongo.exists(Query.query(Criteria.where("eventId").is(eventId).and("recipientId").is(recipientId)
                .and("channel").is(InboxEntry.IN_APP).and("readAt").ne(null)), InboxEntry.class);
    }

    public long unread(String recipientId) {
        return mongo.count(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)), InboxEntry.class);
    }
}
