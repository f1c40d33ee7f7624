package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.domain.ReportingWindow;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/** A community's reporting window, by community id. */
@Document(WindowDocument.COLLECTION)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record WindowDocument(@Id String id, int dayFrom, int dayTo, long version) {

    static final String COLLECTION = "meter_reporting_windows";

    static WindowDocument of(ReportingWindow window) {
        return new WindowDocument(window.communityId(), window.dayFrom(), window.dayTo(), window.version());
    }

    ReportingWindow toDomain() {
        return new ReportingWindow(id, dayFrom, dayTo, version);
    }
}
