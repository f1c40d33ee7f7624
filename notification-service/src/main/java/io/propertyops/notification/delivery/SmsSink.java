package io.propertyops.notification.delivery;

import io.propertyops.starter.messaging.Effects;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.List;

/**
 * The development SMS channel: records what would be sent instead of sending it, until an SMS provider is
 * configured. Each event is recorded once, whatever Kafka redelivers.
 */
@Component
public class SmsSink {

    /** One text that would have gone out. */
    @Document("sms_sink")
    public record SentText(@Id String id, @Indexed(unique = true) String eventId, String phone, String text, Instant at) {
    }

    private final MongoTemplate mongo;

    SmsSink(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean send(String eventId, String phone, String text, Instant at) {
        return Effects.insertOnce(mongo, new SentText(null, eventId, phone, text, at));
    }

    public List<SentText> sentTo(String phone, int limit) {
        return mongo.find(Query.query(Criteria.where("phone").is(phone)).with(Sort.by(Sort.Direction.DESC, "at")).limit(limit),
                SentText.class);
    }
}
