package io.propertyops.facility.meter.domain;

/** What a meter measures, and in what unit its quantities are stated. */
public enum MeterKind {
    /** 水表 */
    WATER("m3"),
    /** 电表 */
    ELECTRICITY("kWh"),
    /** 燃气表 */
    GAS("m3"),
    /** 热量表 */
    HEAT("GJ"),
    /** An equipment's running-hours counter (运行小时), for maintenance on hours run; never billed. */
    RUNNING_HOURS("h");

    private final String quantityUnit;

    MeterKind(String quantityUnit) {
        this.quantityUnit = quantityUnit;
    }

    public String quantityUnit() {
        return quantityUnit;
    }

    /** Whether its consumption is billed to units. */
    public boolean billed() {
        return this != RUNNING_HOURS;
    }
}
