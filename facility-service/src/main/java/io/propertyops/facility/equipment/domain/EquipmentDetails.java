package io.propertyops.facility.equipment.domain;

import io.propertyops.facility.shared.domain.Location;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the ledger (台账) records about a piece of equipment, as staff edit it.
 *
 * @param code              unique in the community, e.g. {@code PUMP-03-02}
 * @param locationName      the place as staff say it ({@code 3号楼 水泵房}), stored as given with the location
 * @param purchasePrice     in CNY, two decimals; null when unknown
 * @param usefulLifeYears   设计使用年限; null when unknown
 * @param responsibleStaffId the person id of the staff member who answers for it; null when none
 * @param parentId          the equipment it is part of (a pump of a pump set); null for none
 */
public record EquipmentDetails(String code, EquipmentType type, String name, String brand, String model, String serial,
                               Location location, String locationName, Importance importance, BigDecimal purchasePrice,
                               LocalDate inServiceDate, LocalDate warrantyEnd, Integer usefulLifeYears,
                               String responsibleStaffId, String parentId) {

    public EquipmentDetails {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(importance, "importance");
        if (purchasePrice != null) {
            if (purchasePrice.signum() < 0) {
                throw new RuleViolationException("negative-price", "purchasePrice", "A purchase price is not negative");
            }
            if (purchasePrice.stripTrailingZeros().scale() > 2) {
                throw new RuleViolationException("invalid-price", "purchasePrice", "A price has at most two decimals");
            }
            purchasePrice = purchasePrice.setScale(2, RoundingMode.UNNECESSARY);
        }
        if (usefulLifeYears != null && usefulLifeYears < 1) {
            throw new RuleViolationException("invalid-useful-life", "usefulLifeYears", "A useful life is at least a year");
        }
        if (inServiceDate != null && warrantyEnd != null && warrantyEnd.isBefore(inServiceDate)) {
            throw new RuleViolationException("warranty-before-service", "warrantyEnd",
                    "The warranty cannot end before the equipment went into service");
        }
    }
}
