package io.propertyops.security.sms.persistence;

import io.propertyops.security.sms.domain.LoginCode;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;

/** The live code of one phone (one at a time), hashed, with the event that delivers it waiting beside it. */
@Document(SmsCodeDocument.COLLECTION)
record SmsCodeDocument(@Id String phone, String accountId, String codeHash, String salt, Instant expiresAt,
                       int attempts, List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "sms_codes";

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }

    LoginCode toLoginCode() {
        return new LoginCode(phone, accountId, codeHash, salt, expiresAt, attempts);
    }
}
