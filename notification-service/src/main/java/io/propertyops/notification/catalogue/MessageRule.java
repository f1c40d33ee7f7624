package io.propertyops.notification.catalogue;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One row of the catalogue: for events of a type (and, optionally, with some field values), a message of a kind to
 * some audiences.
 *
 * @param when     field values the event must have, e.g. {@code level: 2}
 * @param to       audiences: {@code REPORTER}, {@code ASSIGNEE}, {@code ACCOUNTABLE_AGENT},
 *                 {@code ASSIGNEE_OR_DISPATCHERS}, {@code ROLE:<role>} (of the event's community)
 * @param except   audiences left out
 * @param priority  {@code NORMAL} or {@code ESCALATION}
 * @param languages the same message in other languages than Chinese, e.g. {@code en}
 */
public record MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                          List<String> except, String title, String body, Map<String, Template> languages) {

    /** The language of {@link #title()} and {@link #body()}. */
    public static final String DEFAULT_LANGUAGE = "zh-CN";

    /** A title and body in one language. */
    public record Template(String title, String body) {
    }

    public MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                       List<String> except, String title, String body) {
        this(event, when, kind, priority, to, except, title, body, null);
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
