package io.propertyops.notification.catalogue.domain;

import io.propertyops.notification.directory.domain.CommunityRoles;
import io.propertyops.notification.preference.domain.NotificationPreferences;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;

/**
 * Turns an event and a catalogue row into the messages it owes: who, and what they read. Plain Java: the members
 * of the community roles, the people's preferences and the templates in force are given to it.
 */
public final class MessageComposer {

    private static final String ROLE = "ROLE:";
    /** The person, or the people, whose id the event names in a field: {@code PERSON:supervisorId}. */
    private static final String PERSON = "PERSON:";
    /** Who takes a work order nobody is assigned to. */
    private static final String DISPATCHERS = "CUSTOMER_SERVICE";
    /**
     * The owners and residents of the event's unit, or of its whole community when its type never names a unit; in a
     * reminder, those of the unit when the reminder is due.
     */
    public static final String RESIDENTS = "RESIDENTS";

    /** A message for one person, with their preferences, which also decide its other channels. */
    public record Message(String recipientId, String kind, String priority, String title, String body,
                          NotificationPreferences preferences) {
    }

    /** A catalogue row an event owes messages by. */
    public record Occasion(MessageRule rule, EventFields fields) {
    }

    /** The template in force for a row in a language: the one staff edited, or the row's own. */
    private final BiFunction<MessageRule, String, MessageRule.Template> templates;

    public MessageComposer(BiFunction<MessageRule, String, MessageRule.Template> templates) {
        this.templates = templates;
    }

    /**
     * The messages each occasion owes, in their order: one per person of {@code recipients} (see
     * {@link #recipients}), in the person's language, each language rendered once per occasion.
     */
    public List<List<Message>> compose(List<Occasion> occasions, List<Set<String>> recipients,
                                       Map<String, NotificationPreferences> preferences) {
        List<List<Message>> messages = new ArrayList<>(occasions.size());
        for (int i = 0; i < occasions.size(); i++) {
            Occasion occasion = occasions.get(i);
            Map<String, MessageRule.Template> rendered = new HashMap<>();
            messages.add(recipients.get(i).stream()
                    .map(id -> message(occasion.rule(), occasion.fields(), preferences.get(id), rendered)).toList());
        }
        return messages;
    }

    /** The message a row owes one person for an event, as it reads now, e.g. a reminder when it is due. */
    public Message composeFor(MessageRule rule, EventFields fields, NotificationPreferences preferences) {
        return message(rule, fields, preferences, new HashMap<>());
    }

    /** The people a row's message is for: its audiences but those left out, given the members of the community roles. */
    public static Set<String> recipients(MessageRule rule, EventFields fields, Map<String, List<String>> members) {
        Set<String> recipients = new LinkedHashSet<>();
        rule.to().forEach(audience -> recipients.addAll(resolve(audience, fields, members)));
        rule.except().forEach(audience -> recipients.removeAll(resolve(audience, fields, members)));
        return recipients;
    }

    /**
     * Whether the occasion's row tells residents and its event names no unit: then either a whole community's (an
     * event type that never names a unit, see {@code MessageCatalogue.tellsWholeCommunity}), too many to compose
     * at once and told in batches by whoever handles the event, or nobody (a person's bill). {@link #recipients}
     * leaves them out either way.
     */
    public static boolean toCommunityResidents(Occasion occasion) {
        return occasion.rule().to().contains(RESIDENTS) && occasion.fields().text("unitId").isEmpty();
    }

    /**
     * The community roles ({@link CommunityRoles#key}) the occasions' audiences may name, dispatchers included, and
     * the units ({@link CommunityRoles#unitKey}) whose residents they tell.
     */
    public static Set<String> roleKeys(List<Occasion> occasions) {
        Set<String> keys = new HashSet<>();
        for (Occasion occasion : occasions) {
            if (occasion.rule().to().contains(RESIDENTS)) {
                occasion.fields().text("unitId").ifPresent(unit -> keys.add(CommunityRoles.unitKey(unit)));
            }
            occasion.fields().text("communityId").ifPresent(community -> {
                for (String audience : occasion.rule().audiences()) {
                    if (audience.startsWith(ROLE)) {
                        keys.add(CommunityRoles.key(community, audience.substring(ROLE.length())));
                    } else if (audience.equals("ASSIGNEE_OR_DISPATCHERS")) {
                        keys.add(CommunityRoles.key(community, DISPATCHERS));
                    }
                }
            });
        }
        return keys;
    }

    private Message message(MessageRule rule, EventFields fields, NotificationPreferences wanted,
                            Map<String, MessageRule.Template> rendered) {
        MessageRule.Template text = rendered.computeIfAbsent(wanted.language(), language -> {
            MessageRule.Template template = templates.apply(rule, language);
            return new MessageRule.Template(render(template.title(), fields, language),
                    render(template.body(), fields, language));
        });
        return new Message(wanted.personId(), rule.kind(), rule.priority(), text.title(), text.body(), wanted);
    }

    private static List<String> resolve(String audience, EventFields fields, Map<String, List<String>> members) {
        if (audience.startsWith(PERSON)) {
            return people(fields, audience.substring(PERSON.length()));
        }
        if (audience.startsWith(ROLE)) {
            return fields.text("communityId").map(community -> members.getOrDefault(
                    CommunityRoles.key(community, audience.substring(ROLE.length())), List.of())).orElse(List.of());
        }
        if (audience.equals(RESIDENTS)) { // a whole community's are told apart: see toCommunityResidents
            return fields.text("unitId").map(unit -> members.getOrDefault(CommunityRoles.unitKey(unit), List.of()))
                    .orElse(List.of());
        }
        return switch (audience) {
            case "REPORTER" -> person(fields, "reporterId");
            case "ASSIGNEE" -> person(fields, "assigneeId");
            case "ACCOUNTABLE_AGENT" -> person(fields, "accountableAgentId");
            case "ASSIGNEE_OR_DISPATCHERS" -> {
                List<String> assignee = person(fields, "assigneeId");
                yield assignee.isEmpty() ? resolve(ROLE + DISPATCHERS, fields, members) : assignee;
            }
            default -> throw new IllegalStateException("unknown audience " + audience);
        };
    }

    /** The id in a text field, or the ids in a list field. */
    private static List<String> people(EventFields fields, String field) {
        return fields.raw(field).map(value -> value instanceof List<?> ids
                ? ids.stream().filter(String.class::isInstance).map(String.class::cast).filter(id -> !id.isBlank()).toList()
                : person(fields, field)).orElse(List.of());
    }

    private static List<String> person(EventFields fields, String field) {
        return fields.text(field).map(List::of).orElse(List.of());
    }

    static String render(String template, EventFields fields, String language) {
        Matcher placeholders = MessageRule.PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (placeholders.find()) {
            String fallback = Optional.ofNullable(placeholders.group(2)).map(text -> text.substring(1)).orElse("");
            placeholders.appendReplacement(out, Matcher.quoteReplacement(
                    fields.shown(placeholders.group(1), language).orElse(fallback)));
        }
        placeholders.appendTail(out);
        return out.toString().strip(); // an empty placeholder at the end leaves no trailing space
    }
}
