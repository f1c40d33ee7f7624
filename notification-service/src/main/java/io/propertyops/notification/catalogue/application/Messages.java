package io.propertyops.notification.catalogue.application;

import io.propertyops.events.EventJson;
import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageComposer.Message;
import io.propertyops.notification.catalogue.domain.MessageComposer.Occasion;
import io.propertyops.notification.catalogue.domain.MessageRule;
import io.propertyops.notification.directory.application.StaffRoles;
import io.propertyops.notification.preference.application.Preferences;
import io.propertyops.notification.preference.domain.NotificationPreferences;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The messages events owe, composed by the {@link MessageComposer} from what it needs read: the community roles and
 * the preferences of everyone concerned, once for a whole batch, and the templates in force.
 */
@Service
public class Messages {

    private final StaffRoles staff;
    private final Preferences preferences;
    private final MessageComposer composer;
    private final ZoneId zone;

    Messages(StaffRoles staff, Preferences preferences, MessageTemplates templates,
             @Value("${propertyops.notification.zone:Asia/Shanghai}") ZoneId zone) {
        this.staff = staff;
        this.preferences = preferences;
        this.composer = new MessageComposer(templates::effective);
        this.zone = zone;
    }

    /** An event's data (its JSON) as messages read it, in the estate's zone. */
    @SuppressWarnings("unchecked")
    public EventFields fields(byte[] json) {
        return new EventFields(EventJson.mapper().readValue(json, Map.class), zone);
    }

    /** The same, from the JSON kept as text (a reminder's). */
    public EventFields fields(String json) {
        return fields(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /**
     * The messages each occasion owes, in their order: one per person, in the person's language. The community
     * roles and the preferences of everyone concerned are read once for all of them.
     */
    public List<List<Message>> compose(List<Occasion> occasions) {
        Map<String, List<String>> members = staff.members(MessageComposer.roleKeys(occasions));
        List<Set<String>> recipients = occasions.stream()
                .map(occasion -> MessageComposer.recipients(occasion.rule(), occasion.fields(), members)).toList();
        Map<String, NotificationPreferences> wanted = preferences.of(
                recipients.stream().flatMap(Set::stream).collect(Collectors.toSet()));
        return composer.compose(occasions, recipients, wanted);
    }

    /** The messages an occasion owes these people (a batch of a community's residents), in their languages. */
    public List<Message> composeFor(Occasion occasion, Collection<String> recipientIds) {
        Set<String> recipients = new LinkedHashSet<>(recipientIds);
        return composer.compose(List.of(occasion), List.of(recipients), preferences.of(recipients)).getFirst();
    }

    /** The people a row's message is for: its audiences but those left out. */
    public Set<String> recipients(MessageRule rule, EventFields fields) {
        return MessageComposer.recipients(rule, fields,
                staff.members(MessageComposer.roleKeys(List.of(new Occasion(rule, fields)))));
    }

    /** The message a row owes one person for an event, as it reads now, e.g. a reminder when it is due. */
    public Message composeFor(MessageRule rule, EventFields fields, String recipientId) {
        return composer.composeFor(rule, fields, preferences.of(recipientId));
    }
}
