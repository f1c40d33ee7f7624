package io.propertyops.billing.arrears.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One attempt to collect arrears (催缴记录): how the payer was contacted, what came of it, and a promised payment
 * day when there is one. The dunning worklist shows each payer's last contact beside their arrears.
 */
public record DunningContact(String id, String communityId, String payer, Way way, Outcome outcome,
                             LocalDate promisedOn, String note, String by, Instant at) {

    public enum Way { CALL, SMS, VISIT, LETTER }

    public enum Outcome { REACHED, NO_ANSWER, PROMISED, REFUSED, DISPUTED, LETTER_DELIVERED }

    public DunningContact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(payer, "payer");
        Objects.requireNonNull(way, "way");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(at, "at");
        if (outcome == Outcome.PROMISED && promisedOn == null) {
            throw new RuleViolationException("promise-without-day", "promisedOn", "A promise to pay names the day");
        }
    }
}
