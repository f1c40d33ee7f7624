package io.propertyops.notification.preference;

import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

/** Everyone's notification preferences, in {@code notification_preferences}; defaults for who set none. */
@Component
public class Preferences {

    private final MongoTemplate mongo;

    Preferences(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public NotificationPreferences of(String personId) {
        NotificationPreferences stored = mongo.findById(personId, NotificationPreferences.class, "notification_preferences");
        return stored == null ? NotificationPreferences.defaults(personId) : stored;
    }

    public NotificationPreferences save(NotificationPreferences preferences) {
        return mongo.save(preferences, "notification_preferences");
    }
}
