package io.propertyops.facility.equipment.application;

import io.propertyops.starter.domain.PreconditionFailedException;

/** The caller acted on a version of the equipment that has changed since they read it (If-Match, answers 412). */
public class StaleVersionException extends PreconditionFailedException {

    public StaleVersionException(String code, long read, long current) {
        super("stale-version", "Equipment " + code + " changed since version " + read + " (now " + current
                + "); read it again");
    }
}
