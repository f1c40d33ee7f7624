package io.propertyops.notification.catalogue;

import io.propertyops.notification.directory.Recipient;
import io.propertyops.notification.directory.RecipientDirectory;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import org.springframework.stereotype.Component;

/** Turns an event and a catalogue row into the messages it owes: who, and what they read. */
@Component
public class MessageComposer {

    /** A message for one person. */
    public record Message(String recipientId, String kind, String priority, String title, String body) {
    }

    private final RecipientDirectory directory;

    MessageComposer(RecipientDirectory directory) {
        this.directory = directory;
    }

    public List<Message> compose(MessageRule rule, EventFields fields) {
        Set<String> recipients = new LinkedHashSet<>();
        rule.to().forEach(audience -> recipients.addAll(resolve(audience, fields)));
        rule.except().forEach(audience -> recipients.removeAll(resolve(audience, fields)));
        String title = render(rule.title(), fields);
        String body = render(rule.body(), fields);
        List<Message> messages = new ArrayList<>();
        recipients.forEach(id -> messages.add(new Message(id, rule.kind(), rule.priority(), title, body)));
        return messages;
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

    static String render(String template, EventFields fields) {
        Matcher placeholders = MessageCatalogue.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String fallback = Optional.ofNullable(placeholders.group(2)).map(text -> text.substring(1)).orElse("");
            placeholders.appendReplacement(out, Matcher.quoteReplacement(
                    fields.shown(placeholders.group(1)).orElse(fallback)));
        }
        placeholders.appendTail(out);
        return out.toString();
    }
}
