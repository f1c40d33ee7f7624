package io.propertyops.events.security;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A one-time SMS code (短信验证码) for an owner's phone login, for notification-service to deliver. It carries
 * the code itself, so the topic must be readable only by the platform's services; the code is single-use,
 * expires at {@code expiresAt} and allows a handful of attempts.
 *
 * @param aggregateId the person id
 * @param phone       the mobile number to send it to
 * @param purpose     what the code is for, e.g. {@code LOGIN}
 */
@EventType(value = "propertyops.security.sms-code-requested.v1", topic = Topics.SECURITY)
public record SmsCodeRequested(String eventId, String aggregateId, Instant occurredAt, String phone, String code,
                               String purpose, Instant expiresAt) implements SecurityEvent {

    public SmsCodeRequested {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(phone, "phone");
        requireNonNull(code, "code");
        requireNonNull(purpose, "purpose");
        requireNonNull(expiresAt, "expiresAt");
    }
}
