package io.propertyops.facility.meter.domain;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/** A counted position of a meter: which reading, when, and each register's value. */
public record ReadingPoint(String readingId, Instant readAt, Map<Register, java.math.BigDecimal> values) {

    public ReadingPoint {
        Objects.requireNonNull(readAt, "readAt");
        values = Map.copyOf(values);
    }

    public boolean after(ReadingPoint other) {
        return other == null || readAt.isAfter(other.readAt);
    }
}
