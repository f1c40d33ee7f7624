package io.propertyops.facility.meter.domain;

import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.RuleViolationException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A meter (表计): a unit's own, a common one, or a shared one (公摊表) whose consumption is apportioned among units;
 * or an equipment's running-hours counter. Its readings are counted against the last counted one: the difference
 * times the multiplier (倍率), across a rollover at its number of digits.
 *
 * @param location      where it is; a meter at a {@code UNIT} is that unit's own meter
 * @param equipmentId   the equipment it counts for (running hours), or null
 * @param multiplier    the factor from what the register shows to the quantity (a current transformer's ratio)
 * @param digits        the whole digits its register shows; it rolls over from 10^digits − 1 to 0. Null when unknown
 *                      (then a fall is never a rollover)
 * @param initialValues the registers' values when it was installed (or taken over), the base of its first reading
 * @param installedAt   when those were read
 * @param verification  its last statutory verification (检定), or null when it needs none
 * @param apportioning  for a shared meter, how its consumption is split among units; null otherwise
 * @param retired       taken out of service: it takes no more readings
 */
public record Meter(String id, String communityId, MeterKind kind, Tariff tariff, String serial, Location location,
                    String locationName, String equipmentId, BigDecimal multiplier, Integer digits,
                    Map<Register, BigDecimal> initialValues, Instant installedAt, Verification verification,
                    Apportioning apportioning, boolean retired, long version) {

    public Meter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(tariff, "tariff");
        Objects.requireNonNull(serial, "serial");
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(multiplier, "multiplier");
        Objects.requireNonNull(installedAt, "installedAt");
        initialValues = initialValues == null || initialValues.isEmpty() ? zeros(tariff) : Map.copyOf(initialValues);
        if (multiplier.signum() <= 0) {
            throw new RuleViolationException("invalid-multiplier", "multiplier", "The multiplier is above zero");
        }
        if (digits != null && (digits < 1 || digits > 12)) {
            throw new RuleViolationException("invalid-digits", "digits", "A register shows 1 to 12 whole digits");
        }
        if (!initialValues.keySet().equals(Set.copyOf(tariff.registers()))) {
            throw new RuleViolationException("registers-mismatch", "initialValues",
                    "A " + tariff + " meter has the registers " + tariff.registers());
        }
        if (kind == MeterKind.RUNNING_HOURS && equipmentId == null) {
            throw new RuleViolationException("equipment-required", "equipmentId",
                    "A running-hours meter counts for a piece of equipment");
        }
        if (apportioning != null && location.kind() == LocationKind.UNIT) {
            throw new RuleViolationException("shared-unit-meter", "apportioning",
                    "A unit's own meter is not shared; a shared meter is at a common place");
        }
        if (apportioning != null && !kind.billed()) {
            throw new RuleViolationException("shared-not-billed", "apportioning", "Running hours are not apportioned");
        }
    }

    private static Map<Register, BigDecimal> zeros(Tariff tariff) {
        return tariff.registers().stream().collect(java.util.stream.Collectors.toMap(r -> r, r -> BigDecimal.ZERO));
    }

    /** Whether it can be stored: a shared meter by area knows every unit's area. */
    public Meter requireComplete() {
        if (apportioning != null && !apportioning.areasKnown()) {
            throw new RuleViolationException("area-required", "apportioning.units",
                    "Apportioning by area needs every unit's area");
        }
        return this;
    }

    /** The unit whose own meter this is, or null for a common, shared or equipment meter. */
    public String unitId() {
        return location.kind() == LocationKind.UNIT ? location.id() : null;
    }

    /**
     * Whether owners read it (业主自报): a unit's own billed meter in service, which owners may report in the app and
     * are reminded of when it is unread. A meter its device reads (远传) is one too, but it is never unread: its device's
     * readings count like any other.
     */
    public boolean ownerRead() {
        return unitId() != null && kind.billed() && !retired;
    }

    public boolean shared() {
        return apportioning != null;
    }

    /** The point its first reading counts from. */
    public ReadingPoint installation() {
        return new ReadingPoint(null, installedAt, initialValues);
    }

    /** When to remind about its verification, or null when it needs none. */
    public LocalDate verificationReminderOn(int daysBefore) {
        return verification == null || retired ? null : verification.expiresOn().minusDays(daysBefore);
    }

    /** The same meter with what staff changed, at the next version. */
    public Meter changed(Meter edited) {
        return new Meter(id, communityId, edited.kind, edited.tariff, edited.serial, edited.location,
                edited.locationName, edited.equipmentId, edited.multiplier, edited.digits, edited.initialValues,
                edited.installedAt, edited.verification, edited.apportioning, retired, version + 1);
    }

    public Meter retire() {
        return new Meter(id, communityId, kind, tariff, serial, location, locationName, equipmentId, multiplier, digits,
                initialValues, installedAt, verification, apportioning, true, version + 1);
    }
}
