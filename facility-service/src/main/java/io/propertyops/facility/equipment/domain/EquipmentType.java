package io.propertyops.facility.equipment.domain;

import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of equipment the ledger (台账) keeps, each with the trade ticket-service dispatches its repairs to
 * (the work order's category): a fault reported about a pump goes to the plumbers.
 */
public enum EquipmentType {
    /** 电梯 */
    ELEVATOR("elevator", "elevator"),
    /** 水泵 (生活水泵、排污泵、消防泵) */
    PUMP("pump", "plumbing"),
    /** 消防主机 */
    FIRE_PANEL("fire-panel", "fire"),
    /** 发电机 */
    GENERATOR("generator", "electrical"),
    /** 暖通空调 */
    HVAC("hvac", "hvac"),
    /** 变压器 */
    TRANSFORMER("transformer", "electrical"),
    /** 道闸 */
    GATE_BARRIER("gate-barrier", "parking"),
    /** 监控 */
    CCTV("cctv", "security"),
    /** 照明 */
    LIGHTING("lighting", "electrical"),
    OTHER("other", "other");

    private final String code;
    private final String category;

    EquipmentType(String code, String category) {
        this.code = code;
        this.category = category;
    }

    /** As the API says it, e.g. {@code fire-panel}. */
    public String code() {
        return code;
    }

    /** The trade a repair of it is reported under (ticket-service's category), e.g. {@code plumbing}. */
    public String category() {
        return category;
    }

    public static Optional<EquipmentType> ofCode(String code) {
        return Arrays.stream(values()).filter(type -> type.code.equals(code)).findFirst();
    }
}
