package io.propertyops.facility.meter.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A community's month of readings: open while readings come in; closing while its consumption is worked out and
 * published (it takes no more readings from then on); closed once all of it is published for billing.
 *
 * @param units how many units' consumption the close published
 */
public record ReadingPeriod(String communityId, YearMonth period, Status status, Instant closedAt, String closedBy,
                            int units, long version) {

    public enum Status { OPEN, CLOSING, CLOSED }

    public ReadingPeriod {
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
    }

    public static ReadingPeriod open(String communityId, YearMonth period) {
        return new ReadingPeriod(communityId, period, Status.OPEN, null, null, 0, 0);
    }

    public static String idOf(String communityId, YearMonth period) {
        return communityId + ":" + period;
    }

    public String id() {
        return idOf(communityId, period);
    }

    /** Whether readings of this month are still taken. */
    public boolean takesReadings() {
        return status == Status.OPEN;
    }

    public ReadingPeriod closing(String by, Instant at) {
        return new ReadingPeriod(communityId, period, Status.CLOSING, at, by, 0, version + 1);
    }

    public ReadingPeriod closed(int publishedUnits) {
        return new ReadingPeriod(communityId, period, Status.CLOSED, closedAt, closedBy, publishedUnits, version + 1);
    }
}
