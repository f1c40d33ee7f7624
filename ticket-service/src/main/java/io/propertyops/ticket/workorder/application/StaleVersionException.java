package io.propertyops.ticket.workorder.application;

import io.propertyops.starter.domain.PreconditionFailedException;

/** The caller acted on a version of a work order that has changed since they read it (If-Match, answers 412). */
public class StaleVersionException extends PreconditionFailedException {

    public StaleVersionException(String number, long read, long current) {
        super("stale-version", "Work order " + number + " changed since version " + read + " (now " + current
                + "); read it again");
    }
}
