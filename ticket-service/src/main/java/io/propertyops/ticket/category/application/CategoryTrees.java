package io.propertyops.ticket.category.application;

import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.CommunityCache;
import io.propertyops.ticket.category.domain.Category;
import io.propertyops.ticket.category.domain.CategoryTree;
import org.springframework.stereotype.Service;

import java.util.List;

/**
 * The category trees, stored in {@code category_trees} by community; a community whose staff have not edited its
 * tree uses the standard one.
 */
@Service
public class CategoryTrees {

    private final CategoryTreeStore store;

    /** Read on every intake; another replica's change is seen within {@link CommunityCache#EXPIRY}. */
    private final CommunityCache<CategoryTree> cache = new CommunityCache<>(this::load);

    CategoryTrees(CategoryTreeStore store) {
        this.store = store;
    }

    public CategoryTree inForce(String communityId) {
        return cache.get(communityId);
    }

    private CategoryTree load(String communityId) {
        return store.find(communityId).orElseGet(() -> CategoryTree.standard(communityId));
    }

    public CategoryTree get(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return load(communityId); // what staff edit is what is stored, not what this replica has cached
    }

    /** Replaces a community's tree; work orders keep the categories they have. */
    public CategoryTree replace(Caller caller, String communityId, List<Category> trades) {
        caller.requireCommunity(communityId);
        CategoryTree tree = new CategoryTree(communityId, trades);
        store.save(tree);
        cache.put(communityId, tree);
        return tree;
    }

}
