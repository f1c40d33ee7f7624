package io.propertyops.starter.messaging;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import io.propertyops.events.EventCatalog;
import io.propertyops.events.EventEnvelope;
import io.propertyops.events.MalformedEventException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.support.micrometer.KafkaRecordReceiverContext;

/**
 * How every listener of the platform takes its records: a batch at a time, each envelope decoded once.
 *
 * <p>A listener is {@code @KafkaListener void on(List<ConsumerRecord<String, byte[]>> records)} (the starter makes
 * every container a batch container, with one consumer per partition) that hands its records to
 * {@link #handle} (the whole batch at once: one read per kind of data, one bulk write per collection) or to
 * {@link #each} (one event at a time, for small read models).
 *
 * <p>Failures stay per record. When the batch handler throws, the batch is handled again one record at a time
 * to find the record that fails; the records before it are done (their effects are idempotent, so doing some of
 * them twice changes nothing), and the failing one is retried with back-off and then sent alone to
 * {@code <topic>.dlt} by the error handler, after which the rest of the batch is consumed again. A record that is
 * not a readable CloudEvent goes to the dead-letter topic at once. Each record is handled in its own trace, the
 * child of the {@code traceparent} it was published with, so a consumer's log lines carry the trace of the
 * request that caused the event.
 */
public class EventBatches {

    /** The observation (a timer and, when sampled, a span) of one event handled, by its type. */
    public static final String HANDLED = "propertyops.events.handled";

    private final ObservationRegistry observations;

    public EventBatches(ObservationRegistry observations) {
        this.observations = observations;
    }

    /** Handles the records as one batch; see the class comment for what happens when it fails. */
    public void handle(List<ConsumerRecord<String, byte[]>> records, Consumer<List<Incoming>> handler) {
        Decoded decoded = decode(records);
        if (!decoded.readable().isEmpty()) {
            try {
                handler.accept(decoded.readable());
            } catch (RuntimeException batchFailure) {
                one(decoded.readable(), incoming -> handler.accept(List.of(incoming)));
            }
        }
        decoded.throwIfMalformed();
    }

    /** Handles the records one event at a time, in order, each in the trace it was published in. */
    public void each(List<ConsumerRecord<String, byte[]>> records, Consumer<Incoming> handler) {
        Decoded decoded = decode(records);
        one(decoded.readable(), handler);
        decoded.throwIfMalformed();
    }

    /** Runs the work in the trace of the record, as a child span of the one it was published in. */
    public void traced(Incoming incoming, Runnable work) {
        Observation.createNotStarted(HANDLED,
                        () -> new KafkaRecordReceiverContext(incoming.record(), incoming.topic(), () -> null), observations)
                .lowCardinalityKeyValue("event.type", incoming.envelope().type())
                .observe(work);
    }

    private void one(List<Incoming> batch, Consumer<Incoming> handler) {
        for (int i = 0; i < batch.size(); i++) {
            Incoming incoming = batch.get(i);
            try {
                traced(incoming, () -> handler.accept(incoming));
            } catch (RuntimeException e) {
                // records are decoded from the front, so index i of the readable ones is index i of the batch
                throw new BatchListenerFailedException("event " + incoming.envelope().id() + " ("
                        + incoming.envelope().type() + ") failed: " + e.getMessage(), e, i);
            }
        }
    }

    private static Decoded decode(List<ConsumerRecord<String, byte[]>> records) {
        List<Incoming> readable = new ArrayList<>(records.size());
        for (int i = 0; i < records.size(); i++) {
            ConsumerRecord<String, byte[]> record = records.get(i);
            try {
                EventEnvelope envelope = IncomingEvents.envelope(record);
                readable.add(new Incoming(record, envelope,
                        EventCatalog.classOf(envelope.type()).isPresent() ? envelope.decode() : null));
            } catch (MalformedEventException e) {
                // the records before it are handled first; it and the ones after come back, it goes to the DLT
                return new Decoded(readable, new BatchListenerFailedException(
                        "record " + record.topic() + "-" + record.partition() + "@" + record.offset()
                                + " is not a readable event: " + e.getMessage(), e, i));
            }
        }
        return new Decoded(readable, null);
    }

    private record Decoded(List<Incoming> readable, BatchListenerFailedException malformed) {

        void throwIfMalformed() {
            if (malformed != null) {
                throw malformed;
            }
        }
    }
}
