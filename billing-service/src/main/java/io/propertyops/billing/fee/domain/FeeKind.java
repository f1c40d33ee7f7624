package io.propertyops.billing.fee.domain;

import java.util.Optional;

/**
 * What a fee item charges for: 物业费 (property management), water, electricity, gas, heating (采暖), parking, 公摊
 * (shared consumption), repair, deposit (押金) or anything else.
 */
public enum FeeKind {
    PROPERTY_MANAGEMENT, WATER, ELECTRICITY, GAS, HEATING, PARKING, SHARED, REPAIR, DEPOSIT, OTHER;

    /** The meter kind facility-service reports consumption of for this fee, for metered fees; empty for the others. */
    public Optional<String> meterKind() {
        return switch (this) {
            case WATER -> Optional.of("WATER");
            case ELECTRICITY -> Optional.of("ELECTRICITY");
            case GAS -> Optional.of("GAS");
            case HEATING -> Optional.of("HEAT");
            default -> Optional.empty();
        };
    }
}
