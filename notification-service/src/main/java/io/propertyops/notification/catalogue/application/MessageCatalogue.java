package io.propertyops.notification.catalogue.application;

import io.propertyops.notification.catalogue.domain.EventFields;
import io.propertyops.notification.catalogue.domain.MessageComposer;
import io.propertyops.notification.catalogue.domain.MessageRule;

import io.propertyops.events.EventCatalog;
import io.propertyops.events.EventJson;
import java.io.IOException;
import java.io.InputStream;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * The rows of {@code messages.yaml}. Loading checks every row against the platform's event catalogue: the event
 * type exists, each placeholder and condition names a field of its schema (or of the work order it carries), and
 * each audience is known; a reminder's time is an instant or date field plus durations, and its cancelling events
 * exist. A broken row stops the service from starting instead of sending blank messages.
 *
 * <p>{@code RESIDENTS} means one unit's owners and residents on an event type whose schema has a {@code unitId}
 * (a bill, a payment, a missing meter reading) — nobody when that event names no unit (a person's or a parking
 * space's bill is no business of the building) — and a whole community's only on a type that never names a unit
 * (a published disclosure, a reading window opening).
 */
@Component
public class MessageCatalogue {

    private static final Set<String> AUDIENCES = Set.of("REPORTER", "ASSIGNEE", "ACCOUNTABLE_AGENT",
            "ASSIGNEE_OR_DISPATCHERS", MessageComposer.RESIDENTS);

    private final List<MessageRule> rules;
    /** The event types whose schema has a {@code unitId}: their RESIDENTS are one unit's, never a community's. */
    private final Set<String> namingUnits;

    public MessageCatalogue() {
        this(load("messages.yaml"));
    }

    public MessageCatalogue(List<MessageRule> rules) {
        rules.forEach(MessageCatalogue::check);
        for (MessageRule reminder : rules.stream().filter(MessageRule::isReminder).toList()) {
            if (rules.stream().filter(rule -> rule.kind().equals(reminder.kind())).count() > 1) {
                throw new IllegalStateException("message catalogue, " + reminder.kind() + " on " + reminder.event()
                        + ": a reminder's kind names it alone, no other row may share it");
            }
        }
        this.rules = List.copyOf(rules);
        this.namingUnits = rules.stream().map(MessageRule::event).filter(MessageCatalogue::namesUnits)
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
    }

    static List<MessageRule> load(String resource) {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return YAMLMapper.builder().build().readValue(in, new TypeReference<List<MessageRule>>() { });
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the message catalogue " + resource, e);
        }
    }

    /** The rows for an event of this type with this data whose messages go out at once. */
    public List<MessageRule> rulesFor(String ceType, EventFields fields) {
        return matching(ceType, fields, false);
    }

    /** The reminder rows an event of this type with this data schedules. */
    public List<MessageRule> remindersFor(String ceType, EventFields fields) {
        return matching(ceType, fields, true);
    }

    /** Whether events of this type cancel some reminder. */
    public boolean cancelsReminders(String ceType) {
        return rules.stream().anyMatch(rule -> rule.isReminder() && rule.remind().unless().contains(ceType));
    }

    /** The topics of the events that schedule or cancel reminders, for the listener that handles them. */
    public String[] reminderTopics() {
        return rules.stream().filter(MessageRule::isReminder)
                .flatMap(rule -> Stream.concat(Stream.of(rule.event()), rule.remind().unless().stream()))
                .map(type -> EventCatalog.topicOf(EventCatalog.classOf(type).orElseThrow()))
                .distinct().toArray(String[]::new);
    }

    private List<MessageRule> matching(String ceType, EventFields fields, boolean reminders) {
        List<MessageRule> matching = new ArrayList<>();
        for (MessageRule rule : rules) {
            if (rule.event().equals(ceType) && rule.isReminder() == reminders && rule.when().entrySet().stream()
                    .allMatch(condition -> fields.text(condition.getKey())
                            .filter(String.valueOf(condition.getValue())::equals).isPresent())) {
                matching.add(rule);
            }
        }
        return matching;
    }

    public List<MessageRule> rules() {
        return rules;
    }

    /**
     * Whether the occasion tells the owners and residents of a whole community: a {@code RESIDENTS} row on an event
     * type that never names a unit. They are too many to compose at once, and are told in batches by whoever
     * handles the event, apart from the row's other audiences; an event of a type that names units but not this
     * time (a person's bill) tells no resident at all.
     */
    public boolean tellsWholeCommunity(MessageComposer.Occasion occasion) {
        return MessageComposer.toCommunityResidents(occasion) && !namingUnits.contains(occasion.rule().event());
    }

    private static boolean namesUnits(String ceType) {
        return field(schemaOf(ceType), "unitId").isPresent();
    }

    private static void check(MessageRule rule) {
        String where = "message catalogue, " + rule.kind() + " on " + rule.event() + ": ";
        if (EventCatalog.classOf(rule.event()).isEmpty()) {
            throw new IllegalStateException(where + "no such event type");
        }
        if (rule.title() == null || rule.title().isBlank() || rule.body() == null || rule.body().isBlank()) {
            throw new IllegalStateException(where + "a message needs a title and a body");
        }
        rule.languages().forEach((language, template) -> {
            if (template.title() == null || template.title().isBlank() || template.body() == null || template.body().isBlank()) {
                throw new IllegalStateException(where + "the " + language + " message needs a title and a body");
            }
        });
        if (rule.to().isEmpty()) {
            throw new IllegalStateException(where + "it tells no one");
        }
        for (String audience : rule.audiences()) {
            if (!AUDIENCES.contains(audience) && !audience.matches("ROLE:[A-Z_]+")
                    && !audience.matches("PERSON:[a-zA-Z.]+")) {
                throw new IllegalStateException(where + "unknown audience " + audience);
            }
            if (audience.startsWith("PERSON:") && field(schemaOf(rule.event()), audience.substring(7)).isEmpty()) {
                throw new IllegalStateException(where + "the event has no field " + audience.substring(7));
            }
            if (audience.equals("ROLE:OWNER") || audience.equals("ROLE:RESIDENT")) {
                throw new IllegalStateException(where + audience + " is no staff role: owners and residents are "
                        + "reached as reporters, or through their units (RESIDENTS, an announcement)");
            }
        }
        if (rule.audiences().contains(MessageComposer.RESIDENTS)) {
            checkResidents(where, rule);
        }
        for (String field : rule.once()) {
            if (field(schemaOf(rule.event()), field).isEmpty()) {
                throw new IllegalStateException(where + "the event has no field " + field + " (once)");
            }
        }
        if (!rule.once().isEmpty() && rule.isReminder()) {
            throw new IllegalStateException(where + "a reminder is sent once per event, time and person already "
                    + "(once is for messages sent at once)");
        }
        List<String> templates = new ArrayList<>(List.of(rule.title(), rule.body()));
        rule.languages().values().forEach(template -> templates.addAll(List.of(template.title(), template.body())));
        checkFields(where, rule, templates);
        if (rule.isReminder()) {
            checkReminder(where, rule.event(), rule.remind());
        }
    }

    /**
     * Owners and residents are told about their unit, or about their community, and never woken: a reminder names
     * one unit's (found when it is due, so whoever moved out meanwhile is not told), never a whole community's.
     */
    private static void checkResidents(String where, MessageRule rule) {
        if (rule.except().contains(MessageComposer.RESIDENTS)) {
            throw new IllegalStateException(where + "RESIDENTS are never left out");
        }
        if (field(schemaOf(rule.event()), "communityId").isEmpty()) {
            throw new IllegalStateException(where + "RESIDENTS needs an event with a communityId (and a unitId "
                    + "for one unit's)");
        }
        if (!"NORMAL".equals(rule.priority())) {
            throw new IllegalStateException(where + "RESIDENTS are told at NORMAL priority, after their quiet hours "
                    + "(urgent news to a community is an urgent announcement)");
        }
        if (rule.isReminder()) {
            if (!namesUnits(rule.event())) {
                throw new IllegalStateException(where + "a reminder to RESIDENTS needs an event with a unitId: one "
                        + "unit's, never a whole community's");
            }
            if (rule.to().size() > 1) {
                throw new IllegalStateException(where + "a reminder to RESIDENTS tells them alone (they are found "
                        + "when it is due; give the others a row of their own)");
            }
        }
    }

    private static void checkReminder(String where, String event, MessageRule.Remind remind) {
        JsonNode schema = schemaOf(event);
        JsonNode from = field(schema, remind.from())
                .orElseThrow(() -> new IllegalStateException(where + "the event has no field " + remind.from()));
        if (!Set.of("date-time", "date").contains(from.path("format").asString(""))) {
            throw new IllegalStateException(where + "the field " + remind.from() + " holds no instant or date");
        }
        if (remind.at().isEmpty()) {
            throw new IllegalStateException(where + "a reminder needs at least one time (at: [P1D])");
        }
        try {
            remind.offsets();
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + "a reminder's time is an ISO-8601 duration such as P1D or -P3D, "
                    + "not " + e.getParsedString(), e);
        }
        if (remind.unless().isEmpty()) {
            throw new IllegalStateException(where + "a reminder needs the events that make it needless (unless)");
        }
        for (String cancelling : remind.unless()) {
            if (EventCatalog.classOf(cancelling).isEmpty()) {
                throw new IllegalStateException(where + "no such event type " + cancelling + " (unless)");
            }
        }
    }

    /**
     * Checks a title and body someone wants to use for a kind of message against every event the kind is sent on.
     *
     * @throws IllegalArgumentException with the reason, when the kind is unknown or a placeholder is not a field
     */
    public void checkTemplate(String kind, String title, String body) {
        List<MessageRule> ofKind = rules.stream().filter(rule -> rule.kind().equals(kind)).toList();
        if (ofKind.isEmpty()) {
            throw new IllegalArgumentException("no message kind " + kind);
        }
        for (MessageRule rule : ofKind) {
            try {
                checkFields("", rule, List.of(title, body));
            } catch (IllegalStateException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
        }
    }

    public List<String> kinds() {
        return rules.stream().map(MessageRule::kind).distinct().toList();
    }

    public MessageRule ruleOfKind(String kind) {
        return rules.stream().filter(rule -> rule.kind().equals(kind)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no message kind " + kind));
    }

    private static void checkFields(String where, MessageRule rule, List<String> templates) {
        JsonNode schema = schemaOf(rule.event());
        List<String> fields = new ArrayList<>(rule.when().keySet());
        for (String template : templates) {
            Matcher placeholders = MessageRule.PLACEHOLDER.matcher(template);
            while (placeholders.find()) {
                fields.add(placeholders.group(1));
            }
            if (template.replaceAll(MessageRule.PLACEHOLDER.pattern(), "").matches(".*[{}].*")) {
                throw new IllegalStateException(where + "a malformed placeholder in \"" + template + "\"");
            }
        }
        for (String field : fields) {
            if (field(schema, field).isEmpty()) {
                throw new IllegalStateException(where + "the event has no field " + field);
            }
        }
    }

    /** A field's schema, of the event or else of the work order it carries. */
    private static Optional<JsonNode> field(JsonNode schema, String path) {
        return property(schema.path("properties"), path)
                .or(() -> property(schema.at("/properties/workOrder/properties"), path));
    }

    private static Optional<JsonNode> property(JsonNode properties, String path) {
        JsonNode current = properties;
        JsonNode property = null;
        for (String part : path.split("\\.")) {
            property = current.path(part);
            if (property.isMissingNode()) {
                return Optional.empty();
            }
            current = property.path("properties");
        }
        return Optional.ofNullable(property);
    }

    private static JsonNode schemaOf(String ceType) {
        try (InputStream in = EventCatalog.class.getResourceAsStream(EventCatalog.schemaResource(ceType))) {
            if (in == null) {
                throw new IllegalStateException("no schema for " + ceType);
            }
            return EventJson.mapper().readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the schema of " + ceType, e);
        }
    }
}
