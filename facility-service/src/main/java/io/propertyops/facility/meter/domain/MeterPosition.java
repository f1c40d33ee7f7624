package io.propertyops.facility.meter.domain;

import java.time.YearMonth;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Where a meter stands by its counted readings: the last one, and the last one of each month. A period's
 * consumption is the difference between the month's last counted reading and the last one before it, so a reading
 * counted late (an approval) only matters when it is its month's last.
 *
 * @param periodEnds the last counted reading of each month, by month
 */
public record MeterPosition(String meterId, ReadingPoint last, Map<YearMonth, ReadingPoint> periodEnds, long version) {

    public MeterPosition {
        Objects.requireNonNull(meterId, "meterId");
        periodEnds = periodEnds == null ? new TreeMap<>() : new TreeMap<>(periodEnds);
    }

    public static MeterPosition none(String meterId) {
        return new MeterPosition(meterId, null, Map.of(), 0);
    }

    public NavigableMap<YearMonth, ReadingPoint> ends() {
        return (NavigableMap<YearMonth, ReadingPoint>) periodEnds;
    }

    /** The position after counting a reading: it moves only where the reading is the later one. */
    public MeterPosition counting(ReadingPoint reading, YearMonth period) {
        TreeMap<YearMonth, ReadingPoint> ends = new TreeMap<>(periodEnds);
        if (reading.after(ends.get(period))) {
            ends.put(period, reading);
        }
        return new MeterPosition(meterId, reading.after(last) ? reading : last, ends, version);
    }

    /** The counted point a new reading at this point compares with: the last one, or the installation. */
    public ReadingPoint base(Meter meter) {
        return last != null ? last : meter.installation();
    }
}
