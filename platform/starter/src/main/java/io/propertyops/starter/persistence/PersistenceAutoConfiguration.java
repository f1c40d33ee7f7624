package io.propertyops.starter.persistence;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.mapping.MongoMappingContext;

/** Indexes every service's persistence needs on the embedded store as well as on real MongoDB. */
@AutoConfiguration(after = DataMongoAutoConfiguration.class)
@ConditionalOnBean(MongoTemplate.class)
public class PersistenceAutoConfiguration {

    @Bean
    VersionIndexes versionIndexes(MongoTemplate mongo, MongoMappingContext mappingContext) {
        return new VersionIndexes(mongo, mappingContext);
    }
}
