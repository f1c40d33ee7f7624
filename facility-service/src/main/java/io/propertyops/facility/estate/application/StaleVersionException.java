package io.propertyops.facility.estate.application;

import io.propertyops.starter.domain.PreconditionFailedException;

/** The caller acted on a version that has changed since they read it (If-Match, answers 412). */
public class StaleVersionException extends PreconditionFailedException {

    public StaleVersionException(String what, long read, long current) {
        super("stale-version", what + " changed since version " + read + " (now " + current + "); read it again");
    }

    /** @throws StaleVersionException when the caller named a version and it is not the current one */
    public static void check(String what, Long expected, long current) {
        if (expected != null && expected != current) {
            throw new StaleVersionException(what, expected, current);
        }
    }
}
