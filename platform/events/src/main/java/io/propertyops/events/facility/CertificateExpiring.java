package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A statutory certificate of a piece of equipment (电梯年检, 消防检测, 压力容器, 防雷检测 …) expires soon: published once
 * 30 days before its expiry date and once 7 days before, so that the inspection is booked in time. A certificate
 * recorded with less time left is reminded of at once, with the days really left.
 *
 * @param aggregateId        the certificate id
 * @param equipmentCode      the ledger code, e.g. {@code LIFT-03-A}
 * @param equipmentName      e.g. {@code 3号楼 A 梯}
 * @param kind               {@code LIFT_ANNUAL_INSPECTION}, {@code FIRE_SYSTEM_TEST}, {@code PRESSURE_VESSEL},
 *                           {@code LIGHTNING_PROTECTION} or {@code OTHER}
 * @param number             the certificate's number as printed on it
 * @param expiresOn          the last day it is valid (the community's calendar)
 * @param threshold          which reminder this is: {@code 30} or {@code 7} days before
 * @param daysLeft           days from the day it was sent to the expiry date; the threshold when sent on time
 * @param responsibleStaffId the equipment's responsible staff member; null when the ledger names none
 */
@EventType(value = "propertyops.facility.certificate-expiring.v1", topic = Topics.FACILITY)
public record CertificateExpiring(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                  String equipmentId, String equipmentCode, String equipmentName, String kind,
                                  String number, LocalDate expiresOn, int threshold, int daysLeft,
                                  String responsibleStaffId) implements FacilityEvent {

    public CertificateExpiring {
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
