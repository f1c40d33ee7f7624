package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.time.Duration;
import java.time.Instant;

/** The time allowed for one deadline: how much ({@code within}, absent for the next-working-day rule) and how it counts. */
public record Allowance(Counting counting, Duration within) {

    static final Duration LONGEST = Duration.ofDays(90);

    public Allowance {
        if (counting == null) {
            throw new RuleViolationException("invalid-allowance", "counting", "An allowance needs a way of counting");
        }
        if (counting == Counting.END_OF_NEXT_WORKING_DAY && within != null) {
            throw new RuleViolationException("invalid-allowance", "within",
                    "END_OF_NEXT_WORKING_DAY takes no duration");
        }
        if (counting != Counting.END_OF_NEXT_WORKING_DAY
                && (within == null || within.isNegative() || within.isZero() || within.compareTo(LONGEST) > 0)) {
            throw new RuleViolationException("invalid-allowance", "within",
                    counting + " needs a duration above zero and at most " + LONGEST.toDays() + " days, got " + within);
        }
    }

    public static Allowance elapsed(Duration within) {
        return new Allowance(Counting.ELAPSED, within);
    }

    public static Allowance workingTime(Duration within) {
        return new Allowance(Counting.WORKING_TIME, within);
    }

    public static Allowance endOfNextWorkingDay() {
        return new Allowance(Counting.END_OF_NEXT_WORKING_DAY, null);
    }

    Deadline dueFrom(Instant start, BusinessCalendar calendar) {
        Instant due = switch (counting) {
            case ELAPSED -> start.plus(within);
            case WORKING_TIME -> calendar.add(start, within);
            case END_OF_NEXT_WORKING_DAY -> calendar.endOfNextWorkingDay(start);
        };
        return new Deadline(due, counting, null);
    }
}
