package io.propertyops.facility.meter.domain;

import io.propertyops.events.facility.MeterReadingHeld;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A meter reading (抄表读数): each register's value at a moment, who read it and how, what it adds since the
 * meter's last counted reading, and whether it counts — a reading that fails a plausibility rule is held until
 * someone other than its reader approves it, with a photo of the meter.
 *
 * @param id          derived from the meter and the moment read, so the same reading sent twice is one
 * @param period      the month it belongs to (the community's calendar)
 * @param occupied    what the reader said of the unit: TRUE occupied, FALSE empty, null not said
 * @param consumption what it adds per register, after the multiplier and a rollover; null for none (a reading not
 *                    compared, as one older than the meter's last counted)
 * @param rules       the plausibility rules it failed; empty when plausible
 */
public record MeterReading(String id, String communityId, String meterId, String unitId, YearMonth period,
                           Instant readAt, Map<Register, BigDecimal> values, ReadingSource source, String readerId,
                           Boolean occupied, String photoId, Map<Register, BigDecimal> consumption, boolean rollover,
                           List<String> rules, ReadingStatus status, String decidedBy, Instant decidedAt,
                           String decisionNote, Instant recordedAt, long version) {

    public MeterReading {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meterId, "meterId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(readAt, "readAt");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(readerId, "readerId");
        Objects.requireNonNull(status, "status");
        values = Map.copyOf(values);
        consumption = consumption == null ? null : Map.copyOf(consumption);
        rules = rules == null ? List.of() : List.copyOf(rules);
    }

    public static String idOf(String meterId, Instant readAt) {
        return meterId + "@" + readAt.toEpochMilli();
    }

    public BigDecimal value() {
        return values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal totalConsumption() {
        return consumption == null ? null : consumption.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public ReadingPoint point() {
        return new ReadingPoint(id, readAt, values);
    }

    public MeterReading withPhoto(String photo) {
        if (status != ReadingStatus.HELD) {
            throw new ConflictException("reading-decided", "The reading is " + status + "; its photo is kept as it is");
        }
        return new MeterReading(id, communityId, meterId, unitId, period, readAt, values, source, readerId, occupied,
                photo, consumption, rollover, rules, status, decidedBy, decidedAt, decisionNote, recordedAt, version + 1);
    }

    /** Approved by {@code approver}, who is not its reader, with a photo on record: from now on it counts. */
    public MeterReading approve(String approver, String note, Instant at) {
        decidable(approver);
        if (photoId == null) {
            throw new RuleViolationException("photo-required", "photo",
                    "An implausible reading is approved with a photo of the meter; add one first");
        }
        return decided(ReadingStatus.APPROVED, approver, note, at);
    }

    public MeterReading reject(String approver, String note, Instant at) {
        decidable(approver);
        return decided(ReadingStatus.REJECTED, approver, note, at);
    }

    private void decidable(String approver) {
        if (status != ReadingStatus.HELD) {
            throw new ConflictException("reading-not-held", "The reading is " + status + ", not held");
        }
        if (approver.equals(readerId)) {
            throw new RuleViolationException("approver-is-reader", "approver",
                    "Someone other than the reader decides about a held reading");
        }
    }

    private MeterReading decided(ReadingStatus next, String approver, String note, Instant at) {
        return new MeterReading(id, communityId, meterId, unitId, period, readAt, values, source, readerId, occupied,
                photoId, consumption, rollover, rules, next, approver, at, note, recordedAt, version + 1);
    }

    /** The event telling the approvers it is held. */
    public MeterReadingHeld held(String eventId, Meter meter) {
        BigDecimal total = totalConsumption();
        return new MeterReadingHeld(eventId, id, recordedAt, communityId, meterId, meter.serial(), meter.kind().name(),
                unitId, meter.location().kind().name(), meter.location().id(), period.toString(), readAt, value(),
                total, meter.kind().quantityUnit(), rules, source.name(), readerId);
    }
}
