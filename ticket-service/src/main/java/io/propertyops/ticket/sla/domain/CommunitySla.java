package io.propertyops.ticket.sla.domain;

import java.time.Instant;

/**
 * A community's service levels: its policy and the calendar the policy counts working time in, as its staff last
 * set them, or the defaults if they never did ({@code version} null).
 */
public record CommunitySla(String communityId, SlaPolicy policy, BusinessCalendar calendar, Long version,
                           Instant updatedAt, String updatedBy) {

    public boolean isDefault() {
        return version == null;
    }
}
