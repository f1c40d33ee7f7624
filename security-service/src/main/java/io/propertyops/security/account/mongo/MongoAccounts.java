package io.propertyops.security.account.mongo;

import io.propertyops.security.account.Account;
import io.propertyops.security.account.Accounts;
import io.propertyops.starter.outbox.OutboxMessages;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.Optional;

@Repository
class MongoAccounts implements Accounts {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;

    MongoAccounts(MongoTemplate mongo, OutboxMessages outbox) {
        this.mongo = mongo;
        this.outbox = outbox;
        // Declared here rather than by annotation: Boot leaves automatic index creation off. Uniqueness of the
        // username is what keeps two replicas seeding the same people from creating duplicates.
        mongo.indexOps(AccountDocument.class)
                .createIndex(new Index("username", Sort.Direction.ASC).unique().named("username_unique"));
    }

    @Override
    public Optional<Account> withId(String id) {
        return Optional.ofNullable(mongo.findById(id, AccountDocument.class)).map(AccountDocument::toAccount);
    }

    @Override
    public Optional<Account> withUsername(String username) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("username").is(username)), AccountDocument.class))
                .map(AccountDocument::toAccount);
    }

    @Override
    public boolean isEmpty() {
        return !mongo.exists(new Query(), AccountDocument.class);
    }

    @Override
    public long count() {
        return mongo.count(new Query(), AccountDocument.class);
    }

    @Override
    public boolean addIfAbsent(Account account) {
        try {
            mongo.insert(AccountDocument.of(account, outbox.of(account.pullEvents())));
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }
}
