package io.propertyops.facility.meter.domain;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A community's consumption for a month, per unit and kind: each meter's from its last counted reading before the
 * month to its last counted reading in it (never below zero), the unit's own meters as its own, and each shared
 * meter's (公摊) split among the units that share it. Held and rejected readings are no counted readings, so they are
 * never in it. Common meters that are not shared are the estate's own and belong to no unit.
 */
public final class PeriodConsumption {

    private PeriodConsumption() {
    }

    /** One unit's consumption of one kind, per register, own and shared. */
    public record UnitConsumption(String unitId, MeterKind kind, Map<Register, BigDecimal> own,
                                  Map<Register, BigDecimal> shared) {

        public BigDecimal ownTotal() {
            return own.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        public BigDecimal sharedTotal() {
            return shared.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        /** Own plus shared of the peak, valley and flat registers (multi-tariff meters); empty when none. */
        public Map<Register, BigDecimal> tariffRegisters() {
            Map<Register, BigDecimal> registers = new EnumMap<>(Register.class);
            for (Register register : Tariff.MULTI.registers()) {
                BigDecimal sum = own.getOrDefault(register, BigDecimal.ZERO).add(shared.getOrDefault(register, BigDecimal.ZERO));
                if (own.containsKey(register) || shared.containsKey(register)) {
                    registers.put(register, sum);
                }
            }
            return registers;
        }
    }

    /** The month's consumption, and the meters that should have a reading in it and have none. */
    public record Statement(List<UnitConsumption> units, List<String> unreadMeterIds) {
    }

    public static Statement of(YearMonth period, List<Meter> meters, Map<String, MeterPosition> positions) {
        Map<String, UnitConsumption> byUnitAndKind = new LinkedHashMap<>();
        List<String> unread = new ArrayList<>();
        for (Meter meter : meters) {
            if (!meter.kind().billed() || meter.unitId() == null && !meter.shared()) {
                continue;
            }
            MeterPosition position = positions.getOrDefault(meter.id(), MeterPosition.none(meter.id()));
            ReadingPoint end = position.ends().get(period);
            if (end == null) {
                if (!meter.retired()) {
                    unread.add(meter.id());
                }
                continue;
            }
            Map.Entry<YearMonth, ReadingPoint> before = position.ends().lowerEntry(period);
            ReadingPoint start = before == null ? meter.installation() : before.getValue();
            Map<Register, BigDecimal> consumption = new EnumMap<>(Register.class);
            Plausibility.delta(meter, start.values(), end.values()).consumption()
                    .forEach((register, quantity) -> consumption.put(register, quantity.max(BigDecimal.ZERO)));
            if (meter.shared()) {
                for (Map.Entry<Register, BigDecimal> register : consumption.entrySet()) {
                    meter.apportioning().split(register.getValue()).forEach((unitId, part) ->
                            add(byUnitAndKind, unitId, meter.kind()).shared().merge(register.getKey(), part, BigDecimal::add));
                }
            } else {
                UnitConsumption unit = add(byUnitAndKind, meter.unitId(), meter.kind());
                consumption.forEach((register, quantity) -> unit.own().merge(register, quantity, BigDecimal::add));
            }
        }
        return new Statement(List.copyOf(byUnitAndKind.values()), List.copyOf(unread));
    }

    private static UnitConsumption add(Map<String, UnitConsumption> byUnitAndKind, String unitId, MeterKind kind) {
        return byUnitAndKind.computeIfAbsent(unitId + "|" + kind,
                key -> new UnitConsumption(unitId, kind, new EnumMap<>(Register.class), new EnumMap<>(Register.class)));
    }
}
