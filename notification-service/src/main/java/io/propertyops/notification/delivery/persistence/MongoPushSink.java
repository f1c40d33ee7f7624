package io.propertyops.notification.delivery.persistence;

import io.propertyops.notification.delivery.application.PushSink;
import io.propertyops.notification.delivery.domain.SentPush;
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

/** The development push sink in {@code push_sink}, unique on the delivery. */
@Component
class MongoPushSink implements PushSink {

    @Document("push_sink")
    record SentPushDocument(@Id String id, @Indexed(unique = true) String reference, @Indexed String personId,
                            List<String> deviceTokens, String title, String body, Instant at) {

        SentPush sentPush() {
            return new SentPush(id, reference, personId, deviceTokens, title, body, at);
        }
    }

    private final MongoTemplate mongo;

    MongoPushSink(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public boolean send(String reference, String personId, List<String> deviceTokens, String title, String body, Instant at) {
        return Effects.insertOnce(mongo, new SentPushDocument(null, reference, personId, deviceTokens, title, body, at));
    }

    @Override
    public List<SentPush> sentTo(String personId, int limit) {
        return mongo.find(Query.query(Criteria.where("personId").is(personId)).with(Sort.by(Sort.Direction.DESC, "at"))
                .limit(limit), SentPushDocument.class).stream().map(SentPushDocument::sentPush).toList();
    }
}
