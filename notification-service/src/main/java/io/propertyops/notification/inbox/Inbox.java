package io.propertyops.notification.inbox;

import io.propertyops.notification.NewEffects;
import io.propertyops.notification.delivery.application.ReadReceipts;
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
import java.util.List;

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

    /** Delivers a batch of messages in one write. @return those that were new */
    public List<InboxEntry> deliver(List<InboxEntry> entries) {
        return NewEffects.insert(mongo, entries, InboxEntry.class);
    }

    public Page<InboxEntry> of(String recipientId, Pageable pageable) {
        Query query = Query.query(Criteria.where("recipientId").is(recipientId));
        long total = mongo.count(query, InboxEntry.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        return new PageImpl<>(mongo.find(query, InboxEntry.class), pageable, total);
    }

    /**
     * Marks one of the person's messages read; the first reading counts ({@code $min}: an unread message has no
     * {@code readAt}). One write by {@code _id} and recipient, a unique index on the embedded store too.
     *
     * @return whether it is theirs
     */
    public boolean markRead(String recipientId, String entryId, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(entryId).and("recipientId").is(recipientId)),
                new Update().min("readAt", at), InboxEntry.class).getMatchedCount() > 0;
    }

    /** @return how many messages this marked read */
    public long markAllRead(String recipientId, Instant at) {
        return mongo.updateMulti(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)),
                new Update().set("readAt", at), InboxEntry.class).getModifiedCount();
    }

    /**
     * Whether the person read the message this event brought them; no message counts as unread. Found by exactly
     * the fields of its unique key, so the embedded store reads it from that index.
     */
    @Override
    public boolean read(String eventId, String recipientId) {
        InboxEntry entry = mongo.findOne(Query.query(Criteria.where("eventId").is(eventId).and("recipientId")
                .is(recipientId).and("channel").is(InboxEntry.IN_APP)), InboxEntry.class);
        return entry != null && entry.readAt() != null;
    }

    public long unread(String recipientId) {
        return mongo.count(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)), InboxEntry.class);
    }
}
