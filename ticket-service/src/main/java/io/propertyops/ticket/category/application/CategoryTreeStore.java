package io.propertyops.ticket.category.application;

import io.propertyops.ticket.category.domain.CategoryTree;

import java.util.Optional;

/** Where each community's edited category tree is kept (port). */
public interface CategoryTreeStore {

    /** The tree the community's staff set, if they set one. */
    Optional<CategoryTree> find(String communityId);

    void save(CategoryTree tree);
}
