package io.propertyops.notification.delivery.persistence;

import io.propertyops.notification.delivery.application.SmsSink;
import io.propertyops.notification.delivery.domain.SentText;
import io.propertyops.starter.messaging.Effects;
import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** The development SMS sink in {@code sms_sink}, unique on the event. */
@Component
class MongoSmsSink implements SmsSink {

    @Document("sms_sink")
    record SentTextDocument(@Id String id, @Indexed(unique = true) String eventId, String phone, String text, Instant at) {

        SentText sentText() {
            return new SentText(id, eventId, phone, text, at);
        }
    }

    private final MongoTemplate mongo;

    MongoSmsSink(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean send(String eventId, String phone, String text, Instant at) {
        return Effects.insertOnce(mongo, new SentTextDocument(null, eventId, phone, text, at));
    }

    @Override
    public List<SentText> sentTo(String phone, int limit) {
        return mongo.find(Query.query(Criteria.where("phone").is(phone)).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit),
                SentTextDocument.class).stream().map(SentTextDocument::sentText).toList();
    }
}
