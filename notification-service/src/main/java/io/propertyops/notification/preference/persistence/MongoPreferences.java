package io.propertyops.notification.preference.persistence;

import io.propertyops.notification.preference.application.Preferences;
import io.propertyops.notification.preference.domain.NotificationPreferences;
import java.time.LocalTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Everyone's notification preferences, in {@code notification_preferences} by person; defaults for who set none. */
@Component
class MongoPreferences implements Preferences {

    private static final String COLLECTION = "notification_preferences";

    /** A person's preferences as stored. */
    record Stored(@Id String personId, Map<String, List<String>> channels, LocalTime quietFrom, LocalTime quietUntil,
                  String language) {

        static Stored of(NotificationPreferences preferences) {
            return new Stored(preferences.personId(), preferences.channels(), preferences.quietFrom(),
                    preferences.quietUntil(), preferences.language());
        }

        NotificationPreferences preferences() {
            return new NotificationPreferences(personId, channels, quietFrom, quietUntil, language);
        }
    }

    private final MongoTemplate mongo;

    MongoPreferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public NotificationPreferences of(String personId) {
        Stored stored = mongo.findById(personId, Stored.class, COLLECTION);
        return stored == null ? NotificationPreferences.defaults(personId) : stored.preferences();
    }

    @Override
    public Map<String, NotificationPreferences> of(Collection<String> personIds) {
        Map<String, NotificationPreferences> found = new HashMap<>();
        mongo.find(Query.query(Criteria.where("_id").in(personIds)), Stored.class, COLLECTION)
                .forEach(stored -> found.put(stored.personId(), stored.preferences()));
        personIds.forEach(id -> found.computeIfAbsent(id, NotificationPreferences::defaults));
        return found;
    }

    @Override
    public NotificationPreferences save(NotificationPreferences preferences) {
        return mongo.save(Stored.of(preferences), COLLECTION).preferences();
    }
}
