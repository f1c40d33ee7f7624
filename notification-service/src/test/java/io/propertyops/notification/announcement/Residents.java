package io.propertyops.notification.announcement;

import io.propertyops.notification.directory.domain.Recipient;
import org.springframework.data.mongodb.core.BulkOperations.BulkMode;
import org.springframework.data.mongodb.core.MongoTemplate;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

/** People of the recipient directory for announcement tests, written straight into its collection. */
final class Residents {

    private Residents() {
    }

    static Recipient owner(String community, String unit) {
        return person("OWNER", community, unit, null);
    }

    static Recipient tenant(String community, String unit) {
        return person("RESIDENT", community, unit, null);
    }

    static Recipient movedOut(String community, String unit) {
        return person("OWNER", community, unit, Instant.now());
    }

    static Recipient customerService(String community) {
        return person("CUSTOMER_SERVICE", community, null, null);
    }

    static void register(MongoTemplate mongo, List<Recipient> people) {
        mongo.bulkOps(BulkMode.UNORDERED, "recipients").insert(people).execute();
    }

    private static Recipient person(String role, String community, String unit, Instant deactivatedAt) {
        String id = role.toLowerCase() + "-" + UUID.randomUUID();
        String phone = "139" + String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
        return new Recipient(id, "张伟", phone, null, List.of(role), List.of(community),
                unit == null ? List.of() : List.of(unit), Instant.now(), "registered-" + id, deactivatedAt, null);
    }
}
