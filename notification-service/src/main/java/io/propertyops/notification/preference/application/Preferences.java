package io.propertyops.notification.preference.application;

import io.propertyops.notification.preference.domain.NotificationPreferences;
import java.util.Collection;
import java.util.Map;

/** Everyone's notification preferences; the defaults for whoever set none. */
public interface Preferences {

    NotificationPreferences of(String personId);

    /** The preferences of each of these people, in one read. */
    Map<String, NotificationPreferences> of(Collection<String> personIds);

    NotificationPreferences save(NotificationPreferences preferences);
}
