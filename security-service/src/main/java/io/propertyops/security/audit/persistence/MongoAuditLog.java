package io.propertyops.security.audit.persistence;

import io.propertyops.security.audit.application.AuditLog;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import java.time.Clock;
import java.time.Instant;

@Repository
class MongoAuditLog implements AuditLog {

    /** One audited fact. {@code username} is what was typed; {@code accountId} is null when none matched. */
    @Document("audit_log")
    record Entry(String id, String action, String username, String accountId, String remoteAddress,
                 String detail, Instant at) {
    }

    private final MongoTemplate mongo;
    private final Clock clock;

    MongoAuditLog(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    @Override
    public void record(String action, String username, String accountId, String remoteAddress, String detail) {
        mongo.insert(new Entry(null, action, username, accountId, remoteAddress, detail, clock.instant()));
    }
}
