package io.propertyops.ticket.sla.domain;

import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.ticket.shared.domain.Urgency;

import java.util.regex.Pattern;

/**
 * The allowances for one urgency, in one category or, with no category, the urgency's default. Every request
 * must be accepted ({@code response}); any other allowance may be absent, and then sets no deadline.
 *
 * @param reply for complaints, suggestions and inquiries, which are answered rather than attended on site
 */
public record SlaRule(Urgency urgency, String category, Allowance response, Allowance arrival,
                      Allowance resolution, Allowance reply) {

    private static final Pattern CATEGORY = Pattern.compile("[a-z0-9][a-z0-9-]{0,39}");

    public SlaRule {
        if (urgency == null) {
            throw new RuleViolationException("invalid-rule", "urgency", "A rule needs an urgency");
        }
        if (category != null && !CATEGORY.matcher(category).matches()) {
            throw new RuleViolationException("invalid-rule", "category",
                    "A category is a lower-case slug like 'plumbing' or 'doors-locks', got '" + category + "'");
        }
        if (response == null) {
            throw new RuleViolationException("invalid-rule", "response", "Every rule needs a response allowance");
        }
    }

    public boolean isDefault() {
        return category == null;
    }
}
