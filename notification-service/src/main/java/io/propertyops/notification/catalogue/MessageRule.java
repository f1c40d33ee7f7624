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
 * @param priority {@code NORMAL} or {@code ESCALATION}
 */
public record MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                          List<String> except, String title, String body) {

    public MessageRule {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(kind, "kind");
        when = when == null ? Map.of() : Map.copyOf(when);
        priority = priority == null ? "NORMAL" : priority;
        to = to == null ? List.of() : List.copyOf(to);
        except = except == null ? List.of() : List.copyOf(except);
    }
}
