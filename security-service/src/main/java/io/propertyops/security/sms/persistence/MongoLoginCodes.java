package io.propertyops.security.sms.persistence;

import io.propertyops.events.security.SmsCodeRequested;
import io.propertyops.security.sms.application.LoginCodes;
import io.propertyops.security.sms.domain.LoginCode;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoLoginCodes implements LoginCodes {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoLoginCodes(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.writes = writes;
        this.outbox = outbox;
    }

    @Override
    public void replace(LoginCode code, SmsCodeRequested delivery) {
        writes.replace(new SmsCodeDocument(code.phone(), code.accountId(), code.codeHash(), code.salt(), code.expiresAt(),
                code.attempts(), outbox.of(List.of(delivery))), SmsCodeDocument.COLLECTION);
    }

    @Override
    public Optional<LoginCode> live(String phone) {
        return Optional.ofNullable(mongo.findById(phone, SmsCodeDocument.class)).map(SmsCodeDocument::toLoginCode);
    }

    @Override
    public void countWrongAttempt(String phone) {
        mongo.updateFirst(Query.query(Criteria.where("_id").is(phone)), new Update().inc("attempts", 1), SmsCodeDocument.class);
    }

    @Override
    public boolean use(String phone, String codeHash) {
        return mongo.remove(Query.query(Criteria.where("_id").is(phone).and("codeHash").is(codeHash)),
                SmsCodeDocument.class).getDeletedCount() == 1;
    }
}
