package io.propertyops.notification.catalogue.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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
 * @param once      fields of the event whose values the message is told once per person for, whichever event
 *                  brings it: a late fee posted each day on one charge ({@code [payer, principalChargeId]}) is told
 *                  once; empty, once per event as every message
 */
public record MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                          List<String> except, String title, String body, Map<String, Template> languages,
                          Remind remind, List<String> once) {

    /** A placeholder in a title or body: {@code {field}} or {@code {field|fallback}}. */
    public static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z.]+)(\\|[^}]*)?}");

    /** A title and body in one language. */
    public record Template(String title, String body) {
    }

    /**
     * A reminder (提醒): "remind at T unless X happened". Due at the instant in the event's field {@code from} (when
     * the event happened, unless said otherwise) plus each offset of {@code at}; cancelled when an event of a type in
     * {@code unless} happens to the same subject (aggregate id) after the triggering event. A date field
     * ({@code dueOn}) means that day at the hour reminders of a day are sent ({@code dayAt}, 09:00 by default) in the
     * estate's zone, and whole days of an offset move it by calendar days: {@code -P3D} from a bill due on 12-10 is
     * 12-07 at 09:00, {@code P1D} is 12-11 at 09:00, the first morning after the last day to pay.
     *
     * @param from   an instant or date field of the event, e.g. {@code dueAt} or {@code dueOn}; by default
     *               {@code occurredAt}
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

        /**
         * When a reminder is due: {@code from}'s value (an instant, or a date at {@code dayAt} in {@code zone})
         * plus the offset, whole days of it as calendar days.
         *
         * @param fromValue the value of the event's {@code from} field, e.g. {@code 2026-12-10T01:00:00Z} or
         *                  {@code 2026-12-10}
         * @param offset    one of {@link #at()}
         */
        public static Instant dueAt(String fromValue, String offset, LocalTime dayAt, ZoneId zone) {
            Duration by = Duration.parse(offset);
            if (!isDate(fromValue)) {
                return Instant.parse(fromValue).plus(by);
            }
            long days = by.toDays();
            return LocalDate.parse(fromValue).plusDays(days).atTime(dayAt).atZone(zone)
                    .plus(by.minusDays(days)).toInstant();
        }

        /** A calendar date as the events write it: {@code 2026-12-10}. */
        static boolean isDate(String value) {
            return value.length() == 10 && value.charAt(4) == '-' && value.charAt(7) == '-';
        }
    }

    public MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                       List<String> except, String title, String body) {
        this(event, when, kind, priority, to, except, title, body, null, null, null);
    }

    public MessageRule(String event, Map<String, Object> when, String kind, String priority, List<String> to,
                       List<String> except, String title, String body, Map<String, Template> languages,
                       Remind remind) {
        this(event, when, kind, priority, to, except, title, body, languages, remind, null);
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
        once = once == null ? List.of() : List.copyOf(once);
    }

    /**
     * What makes one message of this row to one person: the event (its id), or, for a row told {@link #once} per
     * value, the row's kind and those values — so the inbox and the deliveries, unique on it and the person, take
     * a second event about the same thing as one already told.
     */
    public String occasionId(String eventId, EventFields fields) {
        if (once.isEmpty()) {
            return eventId;
        }
        StringBuilder id = new StringBuilder(kind);
        once.forEach(field -> id.append('/').append(fields.text(field).orElse("")));
        return id.toString();
    }
}
