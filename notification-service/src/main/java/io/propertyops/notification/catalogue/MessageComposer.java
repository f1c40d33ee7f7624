package io.propertyops.notification.catalogue;

import io.propertyops.notification.directory.Recipient;
import io.propertyops.notification.directory.RecipientDirectory;
import io.propertyops.notification.preference.NotificationPreferences;
import io.propertyops.notification.preference.Preferences;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;

/** Turns an event and a catalogue row into the messages it owes: who, and what they read. */
@Component
public class MessageComposer {

    /** A message for one person, with their preferences, which also decide its other channels. */
    public record Message(String recipientId, String kind, String priority, String title, String body,
                          NotificationPreferences preferences) {
    }

    private final RecipientDirectory directory;
    private final Preferences preferences;
    private final MessageTemplates templates;

    MessageComposer(RecipientDirectory directory, Preferences preferences, MessageTemplates templates) {
        this.directory = directory;
        this.preferences = preferences;
        this.templates = templates;
    }

    /** The messages a row owes for an event: one per person, in the person's language, each language rendered once. */
    public List<Message> compose(MessageRule rule, EventFields fields) {
        Map<String, MessageRule.Template> rendered = new HashMap<>();
        return recipients(rule, fields).stream().map(id -> message(rule, fields, id, rendered)).toList();
    }

    /** The people a row's message is for: its audiences but those left out. */
    public Set<String> recipients(MessageRule rule, EventFields fields) {
        Set<String> recipients = new LinkedHashSet<>();
        rule.to().forEach(audience -> recipients.addAll(resolve(audience, fields)));
        rule.except().forEach(audience -> recipients.removeAll(resolve(audience, fields)));
        return recipients;
    }

    /** The message a row owes one person for an event, as it reads now, e.g. a reminder when it is due. */
    public Message composeFor(MessageRule rule, EventFields fields, String recipientId) {
        return message(rule, fields, recipientId, new HashMap<>());
    }

    private Message message(MessageRule rule, EventFields fields, String recipientId,
                            Map<String, MessageRule.Template> rendered) {
        NotificationPreferences wanted = preferences.of(recipientId);
        MessageRule.Template text = rendered.computeIfAbsent(wanted.language(), language -> {
            MessageRule.Template template = templates.effective(rule, language);
            return new MessageRule.Template(render(template.title(), fields, language),
                    render(template.body(), fields, language));
        });
        return new Message(recipientId, rule.kind(), rule.priority(), text.title(), text.body(), wanted);
    }

    private List<String> resolve(String audience, EventFields fields) {
        if (audience.startsWith("ROLE:")) {
            return fields.text("communityId").map(community -> directory.withRoleIn(audience.substring(5), community)
                    .stream().map(Recipient::id).toList()).orElse(List.of());
        }
        return switch (audience) {
            case "REPORTER" -> person(fields, "reporterId");
            case "ASSIGNEE" -> person(fields, "assigneeId");
            case "ACCOUNTABLE_AGENT" -> person(fields, "accountableAgentId");
            case "ASSIGNEE_OR_DISPATCHERS" -> {
                List<String> assignee = person(fields, "assigneeId");
                yield assignee.isEmpty() ? resolve("ROLE:CUSTOMER_SERVICE", fields) : assignee;
            }
            default -> throw new IllegalStateException("unknown audience " + audience);
        };
    }

    private static List<String> person(EventFields fields, String field) {
        return fields.text(field).map(List::of).orElse(List.of());
    }

    static String render(String template, EventFields fields, String language) {
        Matcher placeholders = MessageCatalogue.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String fallback = Optional.ofNullable(placeholders.group(2)).map(text -> text.substring(1)).orElse("");
            placeholders.appendReplacement(out, Matcher.quoteReplacement(
                    fields.shown(placeholders.group(1), language).orElse(fallback)));
        }
        placeholders.appendTail(out);
        return out.toString();
    }
}
