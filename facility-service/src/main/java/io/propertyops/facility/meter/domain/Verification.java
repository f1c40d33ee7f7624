package io.propertyops.facility.meter.domain;

import java.time.LocalDate;
import java.util.Objects;

/** A meter's statutory verification (检定): when it was last verified and how long that holds. */
public record Verification(LocalDate verifiedOn, int intervalMonths) {

    public Verification {
        Objects.requireNonNull(verifiedOn, "verifiedOn");
        if (intervalMonths < 1 || intervalMonths > 240) {
            throw new IllegalArgumentException("intervalMonths between 1 and 240");
        }
    }

    /** The day it expires: the last verification plus its interval. */
    public LocalDate expiresOn() {
        return verifiedOn.plusMonths(intervalMonths);
    }
}
