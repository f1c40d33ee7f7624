package io.propertyops.events.facility;

import io.propertyops.events.DomainEvent;

/**
 * An event of the estate, published on {@code propertyops.facility.v1}. A consumer switches over it with
 * pattern matching, and the compiler tells it when a new event of this topic is added.
 */
public sealed interface FacilityEvent extends DomainEvent
        permits CertificateExpired, CertificateExpiring, CommunityStructureChanged, ConsumptionApproved,
                EquipmentStateChanged, FindingCleared, FindingReported, MaintenanceTaskDue, MeterReadingHeld,
                MeterReadingMissing, MeterReadingWindowOpened, MeterVerificationDue, RoundCompleted, RoundPointMissed,
                UnitChanged {
}
