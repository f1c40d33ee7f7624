package io.propertyops.facility.handover.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.util.List;

/** The handover cannot be completed: these parts are not (answers 422, listing them). */
public class HandoverIncomplete extends RuleViolationException {

    private final transient List<Handover.Missing> missing;

    public HandoverIncomplete(List<Handover.Missing> missing) {
        super("handover-incomplete", null, "The handover is not complete: " + missing.size() + " parts missing");
        this.missing = List.copyOf(missing);
    }

    public List<Handover.Missing> missing() {
        return missing;
    }
}
