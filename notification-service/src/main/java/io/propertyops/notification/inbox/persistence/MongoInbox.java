package io.propertyops.notification.inbox.persistence;

import io.propertyops.notification.inbox.application.Inbox;
import io.propertyops.notification.inbox.domain.InboxEntry;
import io.propertyops.starter.messaging.Effects;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The in-app inbox in {@code inbox}, unique on event, recipient and channel. */
@Component
class MongoInbox implements Inbox {

    /** A message as stored. */
    @Document("inbox")
    @CompoundIndex(name = "once_per_event", def = "{'eventId': 1, 'recipientId': 1, 'channel': 1}", unique = true)
    @CompoundIndex(name = "recipient_recent", def = "{'recipientId': 1, 'createdAt': -1}")
    // trivially unique (_id is): lets the embedded store find a person's own message by id and owner from an index
    @CompoundIndex(name = "id_recipient", def = "{'_id': 1, 'recipientId': 1}", unique = true)
    record InboxDocument(@Id String id, String eventId, String recipientId, String channel, String kind,
                         String title, String body, String subjectType, String subjectId, Instant createdAt,
                         Instant readAt, String priority) {

        static InboxDocument of(InboxEntry e) {
            return new InboxDocument(e.id(), e.eventId(), e.recipientId(), e.channel(), e.kind(), e.title(), e.body(),
                    e.subjectType(), e.subjectId(), e.createdAt(), e.readAt(), e.priority());
        }

        InboxEntry entry() {
            return new InboxEntry(id, eventId, recipientId, channel, kind, title, body, subjectType, subjectId,
                    createdAt, readAt, priority);
        }
    }

    private final MongoTemplate mongo;

    MongoInbox(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean deliver(InboxEntry entry) {
        return Effects.insertOnce(mongo, InboxDocument.of(entry));
    }

    @Override
    public List<InboxEntry> deliver(List<InboxEntry> entries) {
        return Effects.insertNew(mongo, entries.stream().map(InboxDocument::of).toList(), InboxDocument.class)
                .stream().map(InboxDocument::entry).toList();
    }

    @Override
    public Page<InboxEntry> of(String recipientId, Pageable pageable) {
        return page(Query.query(Criteria.where("recipientId").is(recipientId)), pageable);
    }

    @Override
    public Page<InboxEntry> of(String recipientId, String kind, Pageable pageable) {
        return page(Query.query(Criteria.where("recipientId").is(recipientId).and("kind").is(kind)), pageable);
    }

    private Page<InboxEntry> page(Query query, Pageable pageable) {
        long total = mongo.count(query, InboxDocument.class);
        query.with(pageable).with(Sort.by(Sort.Direction.DESC, "createdAt"));
        return new PageImpl<>(entries(query), pageable, total);
    }

    @Override
    public List<InboxEntry> since(String recipientId, Instant since, int limit) {
        return entries(Query.query(Criteria.where("recipientId").is(recipientId).and("createdAt").gte(since))
                .with(Sort.by("createdAt")).limit(limit));
    }

    @Override
    public Optional<InboxEntry> received(String recipientId, String eventId, String kind) {
        return Optional.ofNullable(mongo.findOne(Query.query(received(eventId, kind).and("recipientId").is(recipientId)),
                InboxDocument.class)).map(InboxDocument::entry);
    }

    /**
     * The first reading counts ({@code $min}: an unread message has no {@code readAt}). One write by {@code _id} and
     * recipient, a unique index on the embedded store too.
     */
    @Override
    public boolean markRead(String recipientId, String entryId, Instant at) {
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(entryId).and("recipientId").is(recipientId)),
                new Update().min("readAt", at), InboxDocument.class).getMatchedCount() > 0;
    }

    @Override
    public void markReceivedRead(String recipientId, String eventId, String kind, Instant at) {
        mongo.updateFirst(Query.query(received(eventId, kind).and("recipientId").is(recipientId).and("readAt").is(null)),
                new Update().set("readAt", at), InboxDocument.class);
    }

    @Override
    public long markAllRead(String recipientId, Instant at) {
        return mongo.updateMulti(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)),
                new Update().set("readAt", at), InboxDocument.class).getModifiedCount();
    }

    /**
     * Whether the person read the message this event brought them; no message counts as unread. Found by exactly
     * the fields of its unique key, so the embedded store reads it from that index.
     */
    @Override
    public boolean read(String eventId, String recipientId) {
        InboxDocument entry = mongo.findOne(Query.query(Criteria.where("eventId").is(eventId).and("recipientId")
                .is(recipientId).and("channel").is(InboxEntry.IN_APP)), InboxDocument.class);
        return entry != null && entry.readAt() != null;
    }

    @Override
    public long unread(String recipientId) {
        return mongo.count(Query.query(Criteria.where("recipientId").is(recipientId).and("readAt").is(null)),
                InboxDocument.class);
    }

    /** Counted by event first, as the unique key starts, so both counts stay on that index. */
    @Override
    public Reach reachOf(String eventId, String kind) {
        return new Reach(mongo.count(Query.query(received(eventId, kind)), InboxDocument.class),
                mongo.count(Query.query(received(eventId, kind).and("readAt").ne(null)), InboxDocument.class));
    }

    @Override
    public long broughtBy(String eventId) {
        return mongo.count(Query.query(Criteria.where("eventId").is(eventId)), InboxDocument.class);
    }

    private List<InboxEntry> entries(Query query) {
        return mongo.find(query, InboxDocument.class).stream().map(InboxDocument::entry).toList();
    }

    private static Criteria received(String eventId, String kind) {
        return Criteria.where("eventId").is(eventId).and("kind").is(kind);
    }
}
