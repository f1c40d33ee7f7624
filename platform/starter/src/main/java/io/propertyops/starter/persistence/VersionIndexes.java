package io.propertyops.starter.persistence;

import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;
import org.springframework.data.mongodb.core.mapping.MongoPersistentEntity;
import org.springframework.data.mongodb.core.mapping.MongoPersistentProperty;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A unique index on exactly {@code {_id, version}} for every mapped document with a {@code @Version} field, and for
 * any collection a service {@link #declare declares}. It is unique because {@code _id} is, so real MongoDB gains
 * little from it; it is for the embedded store (mongo-java-server), which serves a query from an index only when
 * the query's fields equal a unique index's fields: without it every version-checked write ({@code _id} and
 * {@code version}) reads the whole collection.
 */
public class VersionIndexes implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(VersionIndexes.class);
    static final String NAME = "id_version";

    private final MongoTemplate mongo;
    private final MongoMappingContext mappingContext;

    public VersionIndexes(MongoTemplate mongo, MongoMappingContext mappingContext) {
        this.mongo = mongo;
        this.mappingContext = mappingContext;
    }

    /** Declares the index for a collection written with a version check that is not a mapped {@code @Version}. */
    public void declare(String collection, String versionField) {
        create(collection, versionField);
    }

    /** The collections and version fields of the mapped documents that have a {@code @Version}. */
    Map<String, String> versioned() {
        Map<String, String> collections = new LinkedHashMap<>();
        for (MongoPersistentEntity<?> entity : List.copyOf(mappingContext.getPersistentEntities())) {
            MongoPersistentProperty version = entity.getVersionProperty();
            if (entity.isAnnotationPresent(org.springframework.data.mongodb.core.mapping.Document.class) && version != null) {
                collections.put(entity.getCollection(), version.getFieldName());
            }
        }
        return collections;
    }

    @Override
    public void afterSingletonsInstantiated() {
        versioned().forEach(this::create);
    }

    private void create(String collection, String versionField) {
        try {
            mongo.indexOps(collection).createIndex(new CompoundIndexDefinition(
                    new Document("_id", 1).append(versionField, 1)).named(NAME).unique());
        } catch (RuntimeException e) {
            log.warn("Could not declare the {_id, {}} index of {}: {}", versionField, collection, e.toString());
        }
    }
}
