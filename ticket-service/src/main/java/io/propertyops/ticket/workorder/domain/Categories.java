package io.propertyops.ticket.workorder.domain;

import io.propertyops.starter.domain.RuleViolationException;

import java.util.List;

/** The standard category tree's top level, the trades a property company dispatches to. */
public final class Categories {

    public static final List<String> STANDARD = List.of(
            "plumbing", "electrical", "elevator", "hvac", "doors-locks", "cleaning",
            "greening", "noise", "parking", "security", "other");

    private Categories() {
    }

    public static String require(String category) {
        if (!STANDARD.contains(category)) {
            throw new RuleViolationException("unknown-category", "category",
                    "Unknown category '" + category + "'; expected one of " + STANDARD);
        }
        return category;
    }
}
