package io.propertyops.notification.preference;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Everyone's notification preferences, in {@code notification_preferences}; defaults for who set none. */
@Component
public class Preferences {

    private static final String COLLECTION = "notification_preferences";

    private final MongoTemplate mongo;

    Preferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public NotificationPreferences of(String personId) {
        NotificationPreferences stored = mongo.findById(personId, NotificationPreferences.class, COLLECTION);
        return stored == null ? NotificationPreferences.defaults(personId) : stored;
    }

    /** The preferences of each of these people, in one read. */
    public Map<String, NotificationPreferences> of(Collection<String> personIds) {
        Map<String, NotificationPreferences> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(personIds)), NotificationPreferences.class, COLLECTION)
                .forEach(stored -> found.put(stored.personId(), stored));
        personIds.forEach(id -> found.computeIfAbsent(id, NotificationPreferences::defaults));
        return found;
    }

    public NotificationPreferences save(NotificationPreferences preferences) {
        return mongo.save(preferences, COLLECTION);
    }
}
