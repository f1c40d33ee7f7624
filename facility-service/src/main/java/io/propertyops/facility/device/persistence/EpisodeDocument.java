package io.propertyops.facility.device.persistence;

import io.propertyops.facility.device.domain.AlarmEpisodes;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/** The episodes of one device's alarm type, by {@code <gatewayId>/<deviceId>/<alarmType>}. */
@Document(EpisodeDocument.COLLECTION)
record EpisodeDocument(@Id String id, Instant openSince, String openFindingId, Instant lastAt) {

    static final String COLLECTION = "device_alarm_episodes";

    static EpisodeDocument of(AlarmEpisodes e) {
        return new EpisodeDocument(e.key(), e.openSince(), e.openFindingId(), e.lastAt());
    }

    AlarmEpisodes toDomain() {
        return new AlarmEpisodes(id, openSince, openFindingId, lastAt);
    }
}
