package io.propertyops.events;

import static io.propertyops.events.CloudEventHeaders.CONTENT_TYPE;
import static io.propertyops.events.CloudEventHeaders.ID;
import static io.propertyops.events.CloudEventHeaders.JSON;
import static io.propertyops.events.CloudEventHeaders.SOURCE;
import static io.propertyops.events.CloudEventHeaders.SPEC_VERSION;
import static io.propertyops.events.CloudEventHeaders.SPEC_VERSION_VALUE;
import static io.propertyops.events.CloudEventHeaders.SUBJECT;
import static io.propertyops.events.CloudEventHeaders.TIME;
import static io.propertyops.events.CloudEventHeaders.TYPE;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A CloudEvents 1.0 event as it travels on Kafka in binary content mode: the attributes become
 * {@link CloudEventHeaders} and {@code data} (the event record as JSON) the record value.
 *
 * @param id      {@code ce_id}, the event id
 * @param type    {@code ce_type}, e.g. {@code propertyops.ticket.created.v1}
 * @param source  {@code ce_source}, the producing service, e.g. {@code /ticket-service}
 * @param subject {@code ce_subject}, the aggregate id; may be null
 * @param time    {@code ce_time}, when it happened; may be null
 * @param data    the event as JSON; copied in and out, so an envelope is immutable
 */
public record EventEnvelope(String id, String type, String source, String subject, Instant time, byte[] data) {

    public EventEnvelope {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(source, "source");
        data = Objects.requireNonNull(data, "data").clone();
    }

    public static EventEnvelope of(DomainEvent event, String source) {
        return new EventEnvelope(event.eventId(), EventCatalog.typeOf(event.getClass()), source,
                event.aggregateId(), event.occurredAt(), EventJson.write(event));
    }

    /**
     * Reads an envelope from Kafka headers and value.
     *
     * @throws MalformedEventException if {@code ce_specversion}, {@code ce_id}, {@code ce_type} or
     *         {@code ce_source} is missing, the spec version is not 1.0, {@code ce_time} is not
     *         RFC 3339, or there is no data
     */
    public static EventEnvelope fromHeaders(Map<String, byte[]> headers, byte[] data) {
        String specVersion = required(headers, SPEC_VERSION);
        if (!SPEC_VERSION_VALUE.equals(specVersion)) {
            throw new MalformedEventException("unsupported CloudEvents specversion " + specVersion);
        }
        String id = required(headers, ID);
        if (data == null) {
            throw new MalformedEventException("event " + id + " has no data");
        }
        return new EventEnvelope(id, required(headers, TYPE), required(headers, SOURCE),
                optional(headers, SUBJECT), timeOf(headers), data);
    }

    /** The Kafka headers of binary content mode, values UTF-8 encoded. */
    public Map<String, byte[]> headers() {
        Map<String, byte[]> headers = new LinkedHashMap<>();
        headers.put(SPEC_VERSION, SPEC_VERSION_VALUE.getBytes(UTF_8));
        headers.put(ID, id.getBytes(UTF_8));
        headers.put(TYPE, type.getBytes(UTF_8));
        headers.put(SOURCE, source.getBytes(UTF_8));
        if (subject != null) {
            headers.put(SUBJECT, subject.getBytes(UTF_8));
        }
        if (time != null) {
            headers.put(TIME, time.toString().getBytes(UTF_8));
        }
        headers.put(CONTENT_TYPE, JSON.getBytes(UTF_8));
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Reads the data as the given record class.
     *
     * @throws IllegalArgumentException if the class is catalogued under another type than this event's
     * @throws MalformedEventException  if the data cannot be read as that class
     */
    public <T extends DomainEvent> T decode(Class<T> eventClass) {
        EventType declared = eventClass.getAnnotation(EventType.class);
        if (declared != null && !declared.value().equals(type)) {
            throw new IllegalArgumentException("event " + id + " is a " + type + ", not a " + declared.value());
        }
        T event;
        try {
            event = EventJson.read(data, eventClass);
        } catch (EventJsonException e) {
            throw new MalformedEventException("event " + id + " (" + type + ") has unreadable data", e);
        }
        if (event == null) {
            throw new MalformedEventException("event " + id + " (" + type + ") has null data");
        }
        return event;
    }

    /**
     * Reads the data as the record class the catalogue holds for this event's type. A consumer that
     * shares a topic with types it does not handle checks {@link EventCatalog#classOf} first.
     *
     * @throws MalformedEventException if the type is not in the catalogue or the data is unreadable
     */
    public DomainEvent decode() {
        return decode(EventCatalog.classOf(type)
                .orElseThrow(() -> new MalformedEventException("event " + id + " has unknown type " + type)));
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventEnvelope that
                && id.equals(that.id)
                && type.equals(that.type)
                && source.equals(that.source)
                && Objects.equals(subject, that.subject)
                && Objects.equals(time, that.time)
                && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, type, source, subject, time, Arrays.hashCode(data));
    }

    @Override
    public String toString() {
        return "EventEnvelope[id=" + id + ", type=" + type + ", source=" + source + ", subject=" + subject
                + ", time=" + time + ", data=" + data.length + " bytes]";
    }

    private static String required(Map<String, byte[]> headers, String name) {
        String value = optional(headers, name);
        if (value == null || value.isBlank()) {
            throw new MalformedEventException("missing CloudEvents header " + name);
        }
        return value;
    }

    private static String optional(Map<String, byte[]> headers, String name) {
        byte[] value = headers.get(name);
        return value == null ? null : new String(value, UTF_8);
    }

    private static Instant timeOf(Map<String, byte[]> headers) {
        String time = optional(headers, TIME);
        try {
            return time == null ? null : OffsetDateTime.parse(time).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedEventException("header " + TIME + " is not an RFC 3339 timestamp: " + time, e);
        }
    }
}
