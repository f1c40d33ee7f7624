package io.propertyops.events.facility;

import static java.util.Objects.requireNonNull;

import io.propertyops.events.EventType;
import io.propertyops.events.Topics;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;

/**
 * A unit's approved consumption of one kind for a month, published when the community's reading period is closed:
 * from counted readings only (a held reading never is, until approved), with its share of the shared meters (公摊)
 * apportioned by area or by household. billing-service keeps it and bills it (issue 16); a newer version of the
 * same unit, kind and period replaces an older one.
 *
 * @param aggregateId    {@code <communityId>:<period>:<unitId>:<meterKind>}
 * @param meterKind      {@code WATER}, {@code ELECTRICITY}, {@code GAS} or {@code HEAT}
 * @param period         the month, {@code 2026-11}
 * @param quantity       own plus shared, in {@code quantityUnit}, three decimals
 * @param quantityUnit   {@code m3}, {@code kWh} or {@code GJ}
 * @param ownQuantity    measured by the unit's own meters
 * @param sharedQuantity the unit's share of the shared meters
 * @param registers      per tariff register (PEAK, VALLEY, FLAT) for multi-tariff meters, own plus shared; empty
 *                       when all the unit's meters of this kind are single-tariff
 * @param version        1 for the period's first close; higher for a later correction
 */
@EventType(value = "propertyops.facility.consumption-approved.v1", topic = Topics.FACILITY)
public record ConsumptionApproved(String eventId, String aggregateId, Instant occurredAt, String communityId,
                                  String unitId, String meterKind, String period, BigDecimal quantity,
                                  String quantityUnit, BigDecimal ownQuantity, BigDecimal sharedQuantity,
                                  List<Register> registers, long version) implements FacilityEvent {

    public ConsumptionApproved {
        requireNonNull(eventId, "eventId");
        requireNonNull(aggregateId, "aggregateId");
        requireNonNull(occurredAt, "occurredAt");
        requireNonNull(communityId, "communityId");
        requireNonNull(unitId, "unitId");
        requireNonNull(meterKind, "meterKind");
        requireNonNull(period, "period");
        requireNonNull(quantity, "quantity");
        requireNonNull(quantityUnit, "quantityUnit");
        requireNonNull(ownQuantity, "ownQuantity");
        requireNonNull(sharedQuantity, "sharedQuantity");
        requireNonNull(registers, "registers");
        registers = List.copyOf(registers);
        quantity = quantity.setScale(3, RoundingMode.HALF_UP);
        ownQuantity = ownQuantity.setScale(3, RoundingMode.HALF_UP);
        sharedQuantity = sharedQuantity.setScale(3, RoundingMode.HALF_UP);
    }

    /** The quantity of one tariff register ({@code PEAK}, {@code VALLEY}, {@code FLAT}). */
    public record Register(String register, BigDecimal quantity) {

        public Register {
            requireNonNull(register, "register");
            requireNonNull(quantity, "quantity");
            quantity = quantity.setScale(3, RoundingMode.HALF_UP);
        }
    }
}
