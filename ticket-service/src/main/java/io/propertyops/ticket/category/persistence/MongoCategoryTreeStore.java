package io.propertyops.ticket.category.persistence;

import io.propertyops.ticket.category.application.CategoryTreeStore;
import io.propertyops.ticket.category.domain.Category;
import io.propertyops.ticket.category.domain.CategoryTree;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The category trees in {@code category_trees}, one document per community. */
@Repository
class MongoCategoryTreeStore implements CategoryTreeStore {

    @Document("category_trees")
    record CategoryTreeDocument(@Id String communityId, List<Category> trades) {
    }

    private final MongoTemplate mongo;

    MongoCategoryTreeStore(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    @Override
    public Optional<CategoryTree> find(String communityId) {
        return Optional.ofNullable(mongo.findById(communityId, CategoryTreeDocument.class))
                .map(stored -> new CategoryTree(communityId, stored.trades()));
    }

    @Override
    public void save(CategoryTree tree) {
        mongo.save(new CategoryTreeDocument(tree.communityId(), tree.trades()));
    }
}
