package io.propertyops.ticket.category.domain;

import java.util.List;
import java.util.Objects;

/**
 * One category of the tree: a trade at the top ({@code plumbing}), or a subject under it ({@code plumbing-leak}).
 * An inactive category stays on the work orders that have it but is offered for no new ones.
 */
public record Category(String code, String name, boolean active, List<Category> children) {

    public Category {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        children = children == null ? List.of() : List.copyOf(children);
    }

    public static Category trade(String code, String name, Category... subjects) {
        return new Category(code, name, true, List.of(subjects));
    }

    public static Category subject(String code, String name) {
        return new Category(code, name, true, List.of());
    }
}
