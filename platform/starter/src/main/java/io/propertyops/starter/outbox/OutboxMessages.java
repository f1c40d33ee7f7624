package io.propertyops.starter.outbox;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.propertyops.events.DomainEvent;
import io.propertyops.events.EventCatalog;
import io.propertyops.events.EventJson;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the domain events an aggregate recorded into outbox messages for its document, stamping each with
 * this service as the CloudEvents source and with the current trace context.
 */
public class OutboxMessages {

    private final String source;
    private final Clock clock;
    private final Tracer tracer;
    private final Propagator propagator;

    public OutboxMessages(String source, Clock clock, Tracer tracer, Propagator propagator) {
        this.source = source;
        this.clock = clock;
        this.tracer = tracer;
        this.propagator = propagator;
    }

    public List<OutboxMessage> of(List<? extends DomainEvent> events) {
        String traceparent = currentTraceparent();
        return events.stream().map(event -> new OutboxMessage(
                event.eventId(),
                EventCatalog.typeOf(event.getClass()),
                EventCatalog.topicOf(event.getClass()),
                event.aggregateId(),
                source,
                event.aggregateId(),
                event.occurredAt(),
                new String(EventJson.write(event), StandardCharsets.UTF_8),
                traceparent,
                clock.instant())).toList();
    }

    private String currentTraceparent() {
        if (tracer == null || propagator == null) {
            return null;
        }
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get("traceparent");
    }
}
