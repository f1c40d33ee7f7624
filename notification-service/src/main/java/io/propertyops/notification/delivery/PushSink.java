package io.propertyops.notification.delivery;

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

/**
 * The development push channel: records what would be pushed instead of pushing it, until a push provider is
 * configured. Each delivery is recorded once, however often it is attempted.
 */
@Component
public class PushSink {

    /** One push that would have gone out, to all of a person's devices. */
    @Document("push_sink")
    public record SentPush(@Id String id, @Indexed(unique = true) String reference, @Indexed String personId,
                           List<String> deviceTokens, String title, String body, Instant at) {
    }

    private final MongoTemplate mongo;

    PushSink(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public boolean send(String reference, String personId, List<String> deviceTokens, String title, String body, Instant at) {
        return Effects.insertOnce(mongo, new SentPush(null, reference, personId, deviceTokens, title, body, at));
    }

    public List<SentPush> sentTo(String personId, int limit) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by(Sort.Direction.DESC, "at"))
                .limit(limit), SentPush.class);
    }
}
