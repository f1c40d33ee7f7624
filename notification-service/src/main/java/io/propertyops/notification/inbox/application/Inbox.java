package io.propertyops.notification.inbox.application;

import io.propertyops.notification.delivery.application.ReadReceipts;
import io.propertyops.notification.inbox.domain.InboxEntry;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;

/**
 * The in-app inbox: delivering a message at most once per event, recipient and channel, and reading a person's own
 * messages. A message of a kind that an event brings everyone (an announcement) is also found by that event.
 */
public interface Inbox extends ReadReceipts {

    /** True when the message was new; false when this event already reached this person. */
    boolean deliver(InboxEntry entry);

    /** Delivers a batch of messages in one write. @return those that were new */
    List<InboxEntry> deliver(List<InboxEntry> entries);

    /** Newest first. */
    Page<InboxEntry> of(String recipientId, Pageable pageable);

    /** The person's messages of one kind, newest first. */
    Page<InboxEntry> of(String recipientId, String kind, Pageable pageable);

    /** At most {@code limit} of the person's messages written at or after {@code since}, oldest first. */
    List<InboxEntry> since(String recipientId, Instant since, int limit);

    /** The message of this kind that this event brought the person. */
    Optional<InboxEntry> received(String recipientId, String eventId, String kind);

    /**
     * Marks one of the person's messages read; the first reading counts.
     *
     * @return whether it is theirs
     */
    boolean markRead(String recipientId, String entryId, Instant at);

    /** Marks the message of this kind that this event brought the person read, unless it was read before. */
    void markReceivedRead(String recipientId, String eventId, String kind, Instant at);

    /** @return how many messages this marked read */
    long markAllRead(String recipientId, Instant at);

    long unread(String recipientId);

    /** How many messages of this kind the event brought, and how many of them were read. */
    Reach reachOf(String eventId, String kind);

    /** How many messages the event brought, of any kind. */
    long broughtBy(String eventId);

    record Reach(long reached, long read) {
    }
}
