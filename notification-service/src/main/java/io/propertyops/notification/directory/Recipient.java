package io.propertyops.notification.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/**
 * A person messages can reach, as security-service last described them.
 *
 * @param staffIn the community roles ({@link StaffRoles#key}) the staff read model lists them in
 */
@Document("recipients")
// a person event is applied only over the version it read: trivially unique, it lets the embedded store find it
@CompoundIndex(name = "id_updated", def = "{'_id': 1, 'updatedAt': 1}", unique = true)
public record Recipient(@Id String id, String name, String phone, String email, List<String> roles,
                        @Indexed List<String> communityIds, List<String> unitIds, Instant updatedAt,
                        String lastEventId, Instant deactivatedAt, List<String> staffIn) {
}
