package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.domain.ReadingPeriod;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.YearMonth;

/** A community's month of readings, by {@code <communityId>:<period>}. */
@Document(PeriodDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record PeriodDocument(@Id String id, String communityId, String period, ReadingPeriod.Status status, Instant closedAt,
                      String closedBy, int units, long version) {

    static final String COLLECTION = "meter_periods";

    static PeriodDocument of(ReadingPeriod p) {
        return new PeriodDocument(p.id(), p.communityId(), p.period().toString(), p.status(), p.closedAt(),
                p.closedBy(), p.units(), p.version());
    }

    ReadingPeriod toDomain() {
        return new ReadingPeriod(communityId, YearMonth.parse(period), status, closedAt, closedBy, units, version);
    }
}
