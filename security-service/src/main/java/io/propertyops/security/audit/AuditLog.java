package io.propertyops.security.audit;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;

/** The security audit log (安全审计): who signed in, who failed, who was locked out, from where. */
@Component
public class AuditLog {

    /** One audited fact. {@code username} is what was typed; {@code accountId} is null when none matched. */
    @Document("audit_log")
    public record Entry(String id, String action, String username, String accountId, String remoteAddress,
                        String detail, Instant at) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    AuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    public void record(String action, String username, String accountId, String remoteAddress, String detail) {
        mongo.insert(new Entry(null, action, username, accountId, remoteAddress, detail, clock.instant()));
    }
}
