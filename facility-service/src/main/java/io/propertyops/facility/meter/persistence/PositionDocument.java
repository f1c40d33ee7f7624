package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.domain.MeterPosition;
import io.propertyops.facility.meter.domain.ReadingPoint;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;

/** A meter's counted position, by meter id, changed at the version it was read at. */
@Document(PositionDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record PositionDocument(@Id String id, ReadingPoint last, Map<String, ReadingPoint> periodEnds, long version) {

    static final String COLLECTION = "meter_positions";

    static PositionDocument of(MeterPosition position, long version) {
        Map<String, ReadingPoint> ends = new TreeMap<>();
        position.periodEnds().forEach((period, point) -> ends.put(period.toString(), point));
        return new PositionDocument(position.meterId(), position.last(), ends, version);
    }

    MeterPosition toDomain() {
        Map<YearMonth, ReadingPoint> ends = new TreeMap<>();
        if (periodEnds != null) {
            periodEnds.forEach((period, point) -> ends.put(YearMonth.parse(period), point));
        }
        return new MeterPosition(id, last, ends, version);
    }
}
