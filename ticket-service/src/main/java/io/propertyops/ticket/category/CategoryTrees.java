package io.propertyops.ticket.category;

import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.CommunityCache;
import io.propertyops.ticket.category.domain.Category;
import io.propertyops.ticket.category.domain.CategoryTree;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Service;

/**
 * The category trees, stored in {@code category_trees} by community; a community whose staff have not edited its
 * tree uses the standard one.
 */
@Service
public class CategoryTrees {

    @Document("category_trees")
    record CategoryTreeDocument(@Id String communityId, List<Category> trades) {
    }

    private final MongoTemplate mongo;

    /** Read on every intake; another replica's change is seen within {@link CommunityCache#EXPIRY}. */
    private final CommunityCache<CategoryTree> cache = new CommunityCache<>(this::load);

    CategoryTrees(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public CategoryTree inForce(String communityId) {
        return cache.get(communityId);
    }

    private CategoryTree load(String communityId) {
        CategoryTreeDocument stored = mongo.findById(communityId, CategoryTreeDocument.class);
        return stored == null ? CategoryTree.standard(communityId) : new CategoryTree(communityId, stored.trades());
    }

    public CategoryTree get(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return load(communityId); // what staff edit is what is stored, not what this replica has cached
    }

    /** Replaces a community's tree; work orders keep the categories they have. */
    public CategoryTree replace(Caller caller, String communityId, List<Category> trades) {
        caller.requireCommunity(communityId);
        CategoryTree tree = new CategoryTree(communityId, trades);
        mongo.save(new CategoryTreeDocument(communityId, tree.trades()));
        cache.put(communityId, tree);
        return tree;
    }

}
