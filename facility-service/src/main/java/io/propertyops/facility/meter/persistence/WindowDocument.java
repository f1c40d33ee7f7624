package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.domain.ReportingWindow;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A community's reporting window, by community id. {@code dueMark} (sparse, unique) is when the reading window watch
 * looks at it next: its opening, its reminders, or at once after staff changed it.
 */
@Document(WindowDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record WindowDocument(@Id String id, int dayFrom, int dayTo, long version,
                      @Indexed(unique = true, sparse = true) String dueMark) {

    static final String COLLECTION = "meter_reporting_windows";
    static final String DUE_MARK = "dueMark";

    /** The window, due for the watch at once. */
    static WindowDocument of(ReportingWindow window) {
        return new WindowDocument(window.communityId(), window.dayFrom(), window.dayTo(), window.version(),
                dueAt(window.communityId(), Instant.EPOCH));
    }

    static String dueAt(String communityId, Instant at) {
        return DueMarks.of("", at, communityId);
    }

    ReportingWindow toDomain() {
        return new ReportingWindow(id, dayFrom, dayTo, version);
    }
}
