package io.propertyops.ticket.sourced.domain;

import io.propertyops.ticket.shared.domain.Urgency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** How a finding reads as a work order: its urgency, its words, whether it repeats an earlier failure. */
public final class FindingTerms {

    private FindingTerms() {
    }

    /** CRITICAL → EMERGENCY, HIGH → URGENT, MEDIUM → NORMAL, LOW → LOW; anything else NORMAL. */
    public static Urgency urgencyOf(String severity) {
        return switch (severity) {
            case "CRITICAL" -> Urgency.EMERGENCY;
            case "HIGH" -> Urgency.URGENT;
            case "LOW" -> Urgency.LOW;
            default -> Urgency.NORMAL;
        };
    }

    /** The finding's detail and its evidence, one line each, as the work order's description and timeline note. */
    public static String summary(String detail, List<String> evidence) {
        StringBuilder text = new StringBuilder(detail == null ? "" : detail.strip());
        for (String line : evidence) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            text.append(line);
        }
        return text.length() > 2000 ? text.substring(0, 2000) : text.toString();
    }

    /**
     * Whether a new failure repeats the one an earlier work order fixed: it was resolved, and no longer than the
     * repeat window before now.
     */
    public static boolean repeats(Instant earlierResolvedAt, Instant now, Duration window) {
        return earlierResolvedAt != null && !earlierResolvedAt.isAfter(now)
                && Duration.between(earlierResolvedAt, now).compareTo(window) <= 0;
    }
}
