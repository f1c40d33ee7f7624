package io.propertyops.ticket.workorder.domain;

import io.propertyops.ticket.sla.domain.DeadlineKind;
import io.propertyops.ticket.sla.domain.Deadlines;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * When a work order's deadlines raise alerts, under an {@link EscalationPolicy}: for each deadline not met yet, in
 * order, due soon (stage 1), overdue with escalation level 1 (stage 2), level 2 (stage 3) and level 3 (stage 4),
 * each once. {@code emitted} says how far each deadline has come.
 */
public record AlertSchedule(Instant submittedAt, Deadlines deadlines, Map<DeadlineKind, Integer> emitted,
                            EscalationPolicy policy) {

    private static final int LAST_STAGE = 4;

    /** One alert come due: the stage a deadline reached. */
    public record Alert(DeadlineKind kind, Instant due, int stage) {
    }

    /** What has come due by {@code now} and was not emitted yet, and how far each open deadline has come then. */
    public record Due(List<Alert> alerts, Map<DeadlineKind, Integer> emitted) {
    }

    public Due dueBy(Instant now) {
        Map<DeadlineKind, Integer> reached = new EnumMap<>(DeadlineKind.class);
        reached.putAll(emitted);
        List<Alert> alerts = new ArrayList<>();
        deadlines.byKind().forEach((kind, deadline) -> {
            if (deadline.isMet()) {
                return;
            }
            int stage = reached.getOrDefault(kind, 0);
            while (stage < LAST_STAGE && !threshold(deadline.due(), stage).isAfter(now)) {
                stage++;
                alerts.add(new Alert(kind, deadline.due(), stage));
            }
            reached.put(kind, stage);
        });
        return new Due(alerts, reached);
    }

    /** When the next alert comes due; null when none is pending. */
    public Instant next() {
        return deadlines.byKind().entrySet().stream()
                .filter(entry -> !entry.getValue().isMet())
                .filter(entry -> emitted.getOrDefault(entry.getKey(), 0) < LAST_STAGE)
                .map(entry -> threshold(entry.getValue().due(), emitted.getOrDefault(entry.getKey(), 0)))
                .min(Instant::compareTo)
                .orElse(null);
    }

    private Instant threshold(Instant due, int stage) {
        return switch (stage) {
            case 0 -> submittedAt.plusMillis((long) (Duration.between(submittedAt, due).toMillis() * policy.warnShare()));
            case 1 -> due;
            case 2 -> due.plus(policy.level2After());
            default -> due.plus(policy.level2After()).plus(policy.level3After());
        };
    }
}
