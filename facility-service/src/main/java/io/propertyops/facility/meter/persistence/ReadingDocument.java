package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.domain.MeterReading;
import io.propertyops.facility.meter.domain.ReadingSource;
import io.propertyops.facility.meter.domain.ReadingStatus;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * A reading as stored. {@code heldMark} ({@code <communityId>/<period>/<id>}) is there while it is held: a month's
 * close counts its held readings through that sparse unique index, not by reading the month.
 */
@Document(ReadingDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "community_period", def = "{'communityId': 1, 'period': 1, 'readAt': -1}")
record ReadingDocument(@Id String id, String communityId, String meterId, String unitId, String period,
                       Instant readAt, Map<Register, BigDecimal> values, ReadingSource source, String readerId,
                       Boolean occupied, String photoId, Map<Register, BigDecimal> consumption, boolean rollover,
                       List<String> rules, ReadingStatus status, String decidedBy, Instant decidedAt,
                       String decisionNote, Instant recordedAt, long version,
                       @Indexed(unique = true, sparse = true) String heldMark,
                       List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "meter_readings";

    static ReadingDocument of(MeterReading r, List<OutboxMessage> events) {
        return new ReadingDocument(r.id(), r.communityId(), r.meterId(), r.unitId(), r.period().toString(), r.readAt(),
                r.values(), r.source(), r.readerId(), r.occupied(), r.photoId(), r.consumption(), r.rollover(),
                r.rules(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(), r.recordedAt(), r.version(),
                r.status() == ReadingStatus.HELD ? heldPrefix(r.communityId(), r.period()) + r.id() : null, events);
    }

    static String heldPrefix(String communityId, YearMonth period) {
        return communityId + "/" + period + "/";
    }

    MeterReading toDomain() {
        return new MeterReading(id, communityId, meterId, unitId, YearMonth.parse(period), readAt, values, source,
                readerId, occupied, photoId, consumption, rollover, rules, status, decidedBy, decidedAt, decisionNote,
                recordedAt, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
