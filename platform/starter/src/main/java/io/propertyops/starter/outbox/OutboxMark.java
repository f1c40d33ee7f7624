package io.propertyops.starter.outbox;

import io.propertyops.starter.persistence.DueMarks;

import java.time.Instant;
import java.util.List;

/**
 * The value of {@value HasOutbox#MARK}: when the write's events were recorded (epoch milliseconds, zero-padded so
 * that marks sort by time) and the id of its last event, which makes the mark unique to one write of one document.
 */
final class OutboxMark {

    private OutboxMark() {
    }

    static String of(List<OutboxMessage> events) {
        OutboxMessage last = events.getLast();
        return DueMarks.of("", last.recordedAt(), last.eventId());
    }

    static Instant recordedAt(String mark) {
        int slash = mark.indexOf('/');
        try {
            return Instant.ofEpochMilli(Long.parseLong(slash < 0 ? mark : mark.substring(0, slash)));
        } catch (NumberFormatException e) {
            return Instant.EPOCH; // not ours to read: due at once
        }
    }
}
