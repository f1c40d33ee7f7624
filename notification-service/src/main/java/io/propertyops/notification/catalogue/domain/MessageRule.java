package io.propertyops.notification.catalogue.domain;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One row of the catalogue: for events of a type (and, optionally, with some field values), a message of a kind to
 * some audiences.
 *
 * @param when     field values the event must have, e.g. {@code level: 2}
 * @param to       audiences: {@code REPORTER}, {@code ASSIGNEE}, {@code ACCOUNTABLE_AGENT},
 *                 {@code ASSIGNEE_OR_DISPATCHERS}, {@code ROLE:<role>} (of the event's community),
 *                 {@code PERSON:<field>} (the person, or people, whose ids the event names in that field),
 *                 {@code RESIDENTS} (the owners and residents of the event's unit, or of its community)
 * @param except   audiences left out
 * @param priority  {@code NORMAL} or {@code ESCALATION}
 * @param languages the same message in other languages than Chinese, e.g. {@code en}
 * @param remind    when present, the message is a reminder sent later, not at once
 */
public record MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                          List<String> except, String title, String body, Map<String, Template> languages,
                          Remind remind) {

    /** A placeholder in a title or body: {@code {field}} or {@code {field|fallback}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z.]+)(\\|[^}]*)?}");

    /** A title and body in one language. */
    public record Template(String title, String body) {
    }

    /**
     * A reminder (提醒): "remind at T unless X happened". Due at the instant in the event's field {@code from} (when
     * the event happened, unless said otherwise) plus each offset of {@code at}; cancelled when an event of a type in
     * {@code unless} happens to the same subject (aggregate id) after the triggering event.
     *
     * @param from   an instant field of the event, e.g. {@code dueAt}; by default {@code occurredAt}
     * @param at     ISO-8601 durations from it, e.g. {@code P1D}, or {@code -P3D} for before it
     * @param unless the event types that make the reminder needless
     */
    public record Remind(String from, List<String> at, List<String> unless) {

        public Remind {
            from = from == null ? "occurredAt" : from;
            at = at == null ? List.of() : List.copyOf(at);
            unless = unless == null ? List.of() : List.copyOf(unless);
        }

        /** The offsets of {@link #at()}. @throws java.time.format.DateTimeParseException for one that is no duration */
        public List<Duration> offsets() {
            return at.stream().map(Duration::parse).toList();
        }
    }

    public MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                       List<String> except, String title, String body) {
        this(event, when, kind, priority, to, except, title, body, null, null);
    }

    /** Every audience the row names, told or left out. */
    public List<String> audiences() {
        return Stream.concat(to.stream(), except.stream()).toList();
    }

    public boolean isReminder() {
        return remind != null;
    }

    /** The shipped template in a language, falling back to Chinese. */
    public Template template(String language) {
        return languages.getOrDefault(language, new Template(title, body));
    }

    public MessageRule {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        when = when == null ? Map.of() : Map.copyOf(when);
        priority = priority == null ? "NORMAL" : priority;
        to = to == null ? List.of() : List.copyOf(to);
        except = except == null ? List.of() : List.copyOf(except);
        languages = languages == null ? Map.of() : Map.copyOf(languages);
    }
}
