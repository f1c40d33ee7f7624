package io.propertyops.facility.estate.domain;

import java.util.Optional;

/** What a unit is, as staff and the XLSX unit lists name it. */
public enum UnitType {
    RESIDENTIAL("住宅"),
    SHOP("商铺"),
    OFFICE("办公"),
    PARKING("车位"),
    STORAGE("储藏室"),
    OTHER("其他");

    private final String label;

    UnitType(String label) {
        this.label = label;
    }

    /** The Chinese name, as unit lists write it. */
    public String label() {
        return label;
    }

    /** The type a unit list names, by its Chinese name or its English constant (any case); empty if unknown. */
    public static Optional<UnitType> named(String name) {
        return Labels.find(values(), name, UnitType::label);
    }
}
