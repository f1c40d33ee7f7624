package io.propertyops.ticket.sla.persistence;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A community's SLA policy and business calendar as stored. Times, dates and durations are kept as ISO-8601 text:
 * readable in the shell, and free of the driver's conversion of local dates through the server's time zone.
 */
@Document("sla_policies")
class SlaPolicyDocument {

    @Id
    String communityId;
    String zone;
    Map<String, HoursEntry> weeklyHours;
    List<String> holidays;
    List<String> makeUpDays;
    HoursEntry makeUpDayHours;
    List<RuleEntry> rules;
    @Version
    Long version;
    Instant updatedAt;
    String updatedBy;

    record HoursEntry(String opens, String closes) {
    }

    record AllowanceEntry(String counting, String within) {
    }

    record RuleEntry(String urgency, String category, AllowanceEntry response, AllowanceEntry arrival,
                     AllowanceEntry resolution, AllowanceEntry reply) {
    }
}
