package io.propertyops.starter.outbox;

import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.springframework.data.mongodb.core.convert.MongoConverter;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The one write that saves an aggregate's changed state together with the events the change caused: every field
 * of the document is set, the events are appended to {@value HasOutbox#FIELD} (never replacing the events still
 * waiting there, which the relay may be removing at the same moment) and {@value HasOutbox#MARK} is set for the
 * sweep, and the version goes up. The caller matches
 * the version it read, so a concurrent change makes the write miss instead of overwriting it.
 */
public final class StateUpdate {

    private static final Set<String> KEPT = Set.of("_id", "_class", HasOutbox.FIELD, HasOutbox.MARK);

    private StateUpdate() {
    }

    /**
     * @param versionField the document's version field, set to {@code newVersion}
     */
    public static Update of(MongoConverter converter, Object document, List<OutboxMessage> events,
                            String versionField, long newVersion) {
        Document fields = new Document();
        converter.write(document, fields);
        Update update = new Update();
        fields.forEach((field, value) -> {
            if (!KEPT.contains(field)) {
                update.set(field, value);
            }
        });
        update.set(versionField, newVersion);
        return appendEvents(update, events);
    }

    /**
     * Adds to an update of one outbox document the events it causes: appended to {@value HasOutbox#FIELD}, and the
     * document marked ({@value HasOutbox#MARK}) so that the relay's sweep finds them should their prompt publish
     * never run. Every update that appends events goes through here (or {@link #of}); nothing when there are none.
     */
    public static Update appendEvents(Update update, List<OutboxMessage> events) {
        if (!events.isEmpty()) {
            update.push(HasOutbox.FIELD).each(events.toArray());
            update.set(HasOutbox.MARK, OutboxMark.of(events));
        }
        return update;
    }

    /**
     * The document that inserts a new outbox document with the events its creation caused: written whole, and
     * marked ({@value HasOutbox#MARK}) as {@link #appendEvents} marks an update, so that the sweep finds the events
     * should their prompt publish never run. {@link OutboxWrites} writes it and hands the events to the relay.
     */
    public static Document insertion(MongoConverter converter, HasOutbox document) {
        Document fields = new Document();
        converter.write(document, fields);
        List<OutboxMessage> events = document.getPendingEvents();
        if (!events.isEmpty()) {
            fields.put(HasOutbox.MARK, OutboxMark.of(events));
        }
        return fields;
    }
}
