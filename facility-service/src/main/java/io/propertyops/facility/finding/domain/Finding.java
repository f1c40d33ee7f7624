package io.propertyops.facility.finding.domain;

import io.propertyops.events.facility.FindingCleared;
import io.propertyops.events.facility.FindingReported;
import io.propertyops.facility.shared.domain.Location;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A problem found about a place or a piece of equipment, with its evidence; later the work order it went to, and
 * when what raised it cleared by itself.
 *
 * @param id              derived by the source from what it found (a round's point and item, a device's alarm), so
 *                        reporting the same thing again records nothing new
 * @param equipmentId     null for a place
 * @param faultType       a stable code within the source, e.g. {@code pump.pressure-low}
 * @param category        the trade that fixes it, e.g. {@code plumbing}
 * @param workOrderId     the work order it is in, once ticket-service said so; null before
 * @param workOrderNumber that work order's number, null before
 * @param clearedAt       when it cleared by itself; null while it stands
 */
public record Finding(String id, String communityId, FindingSource source, Location location, String locationName,
                      String equipmentId, String faultType, String category, Severity severity, String title,
                      String detail, String reporterId, List<Evidence> evidence, Instant foundAt, String workOrderId,
                      String workOrderNumber, Instant clearedAt) {

    public Finding {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(faultType, "faultType");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(reporterId, "reporterId");
        Objects.requireNonNull(foundAt, "foundAt");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    /** One piece of evidence: an answer, a value with its unit, a photo id, an alarm code, words. */
    public record Evidence(Kind kind, String label, String value) {

        public enum Kind { ANSWER, VALUE, PHOTO, ALARM, TEXT }

        public Evidence {
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A new finding, not yet in any work order. */
    public static Finding found(String id, String communityId, FindingSource source, Location location,
                                String locationName, String equipmentId, String faultType, String category,
                                Severity severity, String title, String detail, String reporterId,
                                List<Evidence> evidence, Instant foundAt) {
        return new Finding(id, communityId, source, location, locationName, equipmentId, faultType, category, severity,
                title, detail, reporterId, evidence, foundAt, null, null, null);
    }

    /** The event that tells ticket-service about it. */
    public FindingReported reported(String eventId) {
        return new FindingReported(eventId, id, foundAt, communityId, source.name(), location.kind().name(),
                location.id(), locationName, equipmentId, faultType, category, severity.name(), title, detail, reporterId,
                evidence.stream().map(e -> new FindingReported.Evidence(e.kind().name(), e.label(), e.value())).toList());
    }

    /** The same finding, cleared by itself at {@code at}, and the event that says so. */
    public Finding cleared(Instant at) {
        return new Finding(id, communityId, source, location, locationName, equipmentId, faultType, category, severity,
                title, detail, reporterId, evidence, foundAt, workOrderId, workOrderNumber, at);
    }

    public FindingCleared clearedEvent(String eventId, String note) {
        return new FindingCleared(eventId, id, Objects.requireNonNull(clearedAt, "clearedAt"), communityId,
                location.kind().name(), location.id(), equipmentId, faultType, note);
    }

    public boolean isCleared() {
        return clearedAt != null;
    }
}
