package io.propertyops.events;

import java.util.List;
import java.util.Objects;

/**
 * Kafka topic names: one topic per domain, keyed by aggregate id so that one aggregate's events
 * stay in order.
 */
public final class Topics {

    public static final String TICKET = "propertyops.ticket.v1";
    public static final String FACILITY = "propertyops.facility.v1";
    public static final String BILLING = "propertyops.billing.v1";
    public static final String SECURITY = "propertyops.security.v1";
    public static final String FEEDBACK = "propertyops.feedback.v1";
    public static final String NOTIFICATION = "propertyops.notification.v1";

    public static final List<String> ALL = List.of(TICKET, FACILITY, BILLING, SECURITY, FEEDBACK, NOTIFICATION);

    private Topics() {
    }

    /** The topic a consumer parks a message on once its retries are exhausted. */
    public static String deadLetter(String topic) {
        return Objects.requireNonNull(topic, "topic") + ".dlt";
    }
}
