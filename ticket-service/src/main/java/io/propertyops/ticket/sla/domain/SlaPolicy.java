package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.shared.domain.Urgency;
import io.propertyops.ticket.shared.domain.WorkOrderKind;

import java.time.Instant;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A community's tiered service levels (分级响应时限): urgency × category → the time allowed to accept, to be on
 * site, to resolve, or to answer. A category without a rule of its own takes its urgency's default rule.
 */
public record SlaPolicy(List<SlaRule> rules) {

    /** Kinds that are answered rather than attended on site: they get a reply deadline. */
    private static final Set<WorkOrderKind> ANSWERED = EnumSet.of(WorkOrderKind.COMPLAINT, WorkOrderKind.SUGGESTION,
            WorkOrderKind.INQUIRY);

    public SlaPolicy {
        rules = List.copyOf(rules);
        Set<String> seen = new HashSet<>();
        for (SlaRule rule : rules) {
            if (!seen.add(rule.urgency() + "/" + rule.category())) {
                throw new RuleViolationException("duplicate-rule", "rules", "There are two rules for "
                        + rule.urgency() + (rule.isDefault() ? " (default)" : " in " + rule.category()));
            }
        }
        for (Urgency urgency : Urgency.values()) {
            if (!seen.contains(urgency + "/null")) {
                throw new RuleViolationException("missing-default-rule", "rules",
                        "Every urgency needs a default rule (no category); " + urgency + " has none");
            }
        }
    }

    /** The rule for this urgency and category, or the urgency's default when the category has none. */
    public SlaRule ruleFor(Urgency urgency, String category) {
        SlaRule fallback = null;
        for (SlaRule rule : rules) {
            if (rule.urgency() == urgency) {
                if (category != null && category.equals(rule.category())) {
                    return rule;
                }
                if (rule.isDefault()) {
                    fallback = rule;
                }
            }
        }
        return Objects.requireNonNull(fallback);
    }

    public Deadlines deadlinesFor(WorkOrderKind kind, String category, Urgency urgency, Instant submittedAt,
                                  BusinessCalendar calendar) {
        SlaRule rule = ruleFor(urgency, category);
        Map<DeadlineKind, Deadline> deadlines = new EnumMap<>(DeadlineKind.class);
        deadlines.put(DeadlineKind.RESPONSE, rule.response().dueFrom(submittedAt, calendar));
        if (ANSWERED.contains(kind)) {
            put(deadlines, DeadlineKind.REPLY, rule.reply(), submittedAt, calendar);
        } else {
            put(deadlines, DeadlineKind.ARRIVAL, rule.arrival(), submittedAt, calendar);
            put(deadlines, DeadlineKind.RESOLUTION, rule.resolution(), submittedAt, calendar);
        }
        return new Deadlines(deadlines, List.of());
    }

    /**
     * The deadlines after an urgency change: computed again from the original submission with the new urgency,
     * moved by the same pauses, while every deadline already met stays as it was met.
     */
    public Deadlines afterUrgencyChange(Deadlines current, WorkOrderKind kind, String category, Urgency newUrgency,
                                        Instant submittedAt, BusinessCalendar calendar) {
        Deadlines recomputed = deadlinesFor(kind, category, newUrgency, submittedAt, calendar);
        for (Pause pause : current.pauses()) {
            recomputed = recomputed.afterPause(pause.from(), pause.until(), calendar);
        }
        return recomputed.keepingMet(current);
    }

    private static void put(Map<DeadlineKind, Deadline> deadlines, DeadlineKind kind, Allowance allowance,
                            Instant start, BusinessCalendar calendar) {
        if (allowance != null) {
            deadlines.put(kind, allowance.dueFrom(start, calendar));
        }
    }
}
