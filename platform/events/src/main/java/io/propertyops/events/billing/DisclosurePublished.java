package io.propertyops.events.billing;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;

/**
 * A community's monthly statement of income and expenses (收支公示) was published to its owners; a correction is a new version.
 *
 * @param aggregateId the disclosure's id.
 * @param communityId the community
 * @param period the month disclosed
 * @param version 1, or higher for a correction
 * @param title its title
 * @param changes for a correction, what changed
 */
@EventType(value = "propertyops.billing.disclosure-published.v1", topic = Topics.BILLING)
public record DisclosurePublished(String eventId, String aggregateId, Instant occurredAt, String communityId, String period, int version, String title, String changes) implements BillingEvent {

    public DisclosurePublished {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(period, "period");
        requireNonNull(title, "title");
    }
}
