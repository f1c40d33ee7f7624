package io.propertyops.notification.directory;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** A person messages can reach, as security-service last described them. */
@Document("recipients")
public record Recipient(@Id String id, String name, String phone, String email, List<String> roles,
                        @Indexed List<String> communityIds, List<String> unitIds, Instant updatedAt,
                        String lastEventId, Instant deactivatedAt) {
}
