package io.propertyops.facility.meter.domain;

import java.util.List;

/** Whether a meter counts on one register or on peak, valley and flat registers (分时计量). */
public enum Tariff {
    SINGLE(List.of(Register.TOTAL)),
    MULTI(List.of(Register.PEAK, Register.VALLEY, Register.FLAT));

    private final List<Register> registers;

    Tariff(List<Register> registers) {
        this.registers = registers;
    }

    /** The registers a reading of such a meter gives, each once. */
    public List<Register> registers() {
        return registers;
    }
}
