package io.propertyops.notification.device;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A phone or tablet on which a person runs the app, known by the token its push service gave it. A token belongs to
 * one person at a time: the app unregisters it at sign-out before another person can register it.
 */
@Document("devices")
// trivially unique (_id is): "this token, if it is this person's" is found from an index on the embedded store
@CompoundIndex(name = "token_person", def = "{'_id': 1, 'personId': 1}", unique = true)
public record Device(@Id String token, @Indexed String personId, Platform platform, String appVersion,
                     Instant registeredAt, Instant updatedAt) {

    public enum Platform { IOS, ANDROID, HARMONY }
}
