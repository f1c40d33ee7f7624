package io.propertyops.facility.device.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * A batch received, by {@code <gatewayId>/<batchId>}: a second one of the id is a replay. Kept a day on real MongoDB
 * (a TTL index, which the embedded store ignores); a replay older than 5 minutes is refused by its timestamp anyway.
 */
@Document(BatchDocument.COLLECTION)
record BatchDocument(@Id String id, @Indexed(expireAfter = "1d") Instant receivedAt) {

    static final String COLLECTION = "device_batches";
}
