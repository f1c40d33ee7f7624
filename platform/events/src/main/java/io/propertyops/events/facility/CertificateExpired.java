package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A statutory certificate of a piece of equipment expired without a newer one recorded: the equipment is out of
 * service (停用) until a valid certificate of the same kind is recorded, and the property manager is alerted.
 * Published once per certificate.
 *
 * @param aggregateId        the certificate id
 * @param kind               as in {@link CertificateExpiring}
 * @param expiresOn          the last day it was valid
 * @param responsibleStaffId the equipment's responsible staff member; null when the ledger names none
 */
@EventType(value = "propertyops.facility.certificate-expired.v1", topic = Topics.FACILITY)
public record CertificateExpired(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                 String equipmentId, String equipmentCode, String equipmentName, String kind,
                                 String number, LocalDate expiresOn, String responsibleStaffId)
        implements FacilityEvent {

    public CertificateExpired {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(equipmentId, "equipmentId");
        requireNonNull(equipmentCode, "equipmentCode");
        requireNonNull(equipmentName, "equipmentName");
        requireNonNull(kind, "kind");
        requireNonNull(number, "number");
        requireNonNull(expiresOn, "expiresOn");
    }
}
