package io.propertyops.facility.estate.domain;

import java.util.Optional;

/** Where a unit is in its life: sold or not, handed over, moved into, let. */
public enum UnitState {
    UNSOLD("未售"),
    HANDED_OVER("已交付"),
    RENOVATING("装修中"),
    OCCUPIED("已入住"),
    RENTED("出租"),
    VACANT("空置");

    private final String label;

    UnitState(String label) {
        this.label = label;
    }

    /** The Chinese name, as unit lists write it. */
    public String label() {
        return label;
    }

    /** The state a unit list names, by its Chinese name or its English constant (any case); empty if unknown. */
    public static Optional<UnitState> named(String name) {
        return Labels.find(values(), name, UnitState::label);
    }
}
