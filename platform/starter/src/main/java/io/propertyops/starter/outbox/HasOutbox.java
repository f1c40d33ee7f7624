package io.propertyops.starter.outbox;

import java.util.List;

/**
 * A persisted document that keeps the events its last changes caused, in a field named
 * {@value #FIELD}, so that the state and its events are written in one document write. The relay finds
 * every mapped document type that implements this and publishes what is pending.
 *
 * <p>The same write also sets {@value #MARK} (on insert and replace by {@link OutboxWrites}, on updates by
 * {@link StateUpdate}): a value unique to the write that says events wait in this document. The relay removes it
 * with the last pending event. The sweep finds the marked documents through a sparse unique index on it, so it
 * reads only what is pending, never the whole collection, on real MongoDB and on the embedded store alike.
 */
public interface HasOutbox {

    String FIELD = "pendingEvents";

    String MARK = "outboxMark";

    List<OutboxMessage> getPendingEvents();
}
