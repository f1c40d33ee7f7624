package io.propertyops.starter.outbox;

import java.util.List;

/**
 * A persisted document that keeps the events its last changes caused, in a field named
 * {@value #FIELD}, so that the state and its events are written in one document write. The relay finds
 * every mapped document type that implements this and publishes what is pending.
 */
public interface HasOutbox {

    String FIELD = "pendingEvents";

    List<OutboxMessage> getPendingEvents();
}
