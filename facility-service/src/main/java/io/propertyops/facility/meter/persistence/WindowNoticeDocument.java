package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.domain.WindowMonth;
import io.propertyops.facility.meter.domain.WindowNotice;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * What owners were told of a community's window in a month, by {@code <communityId>:<month>}: inserted once with
 * {@code MeterReadingWindowOpened}, then changed at its version as the reminders go page by page.
 */
@Document(WindowNoticeDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record WindowNoticeDocument(@Id String id, String communityId, String month, LocalDate opensOn, LocalDate closesOn,
                            Instant openedAt, int nextPage, boolean remindersDone, long version,
                            List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "meter_window_notices";

    static WindowNoticeDocument of(WindowNotice notice, List<OutboxMessage> events) {
        WindowMonth window = notice.window();
        return new WindowNoticeDocument(notice.id(), window.communityId(), window.month().toString(), window.opensOn(),
                window.closesOn(), notice.openedAt(), notice.nextPage(), notice.remindersDone(), notice.version(), events);
    }

    WindowNotice toDomain() {
        return new WindowNotice(new WindowMonth(communityId, YearMonth.parse(month), opensOn, closesOn), openedAt,
                nextPage, remindersDone, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
