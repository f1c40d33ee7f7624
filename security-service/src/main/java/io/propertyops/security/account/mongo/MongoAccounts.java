package io.propertyops.security.account.mongo;

import io.propertyops.security.account.Account;
import io.propertyops.security.account.Accounts;
import io.propertyops.starter.messaging.Effects;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

@Repository
class MongoAccounts implements Accounts {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;

    private final OutboxRelay relay;

    MongoAccounts(MongoTemplate mongo, OutboxMessages outbox, OutboxRelay relay) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.relay = relay;
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
        return Effects.insertOnce(mongo, AccountDocument.of(account, outbox.of(account.pullEvents())));
    }

    /** Sets the state and appends the events in one document write, keeping events still waiting before them. */
    @Override
    public void update(Account account) {
        AccountDocument state = AccountDocument.of(account, List.of());
        Update update = new Update()
                .set("displayName", state.displayName())
                .set("phone", state.phone())
                .set("email", state.email())
                .set("roles", state.roles())
                .set("communityIds", state.communityIds())
                .set("unitIds", state.unitIds())
                .set("skills", state.skills())
                .set("enabled", state.enabled())
                .set("passwordHash", state.passwordHash());
        List<OutboxMessage> events = outbox.of(account.pullEvents());
        if (!events.isEmpty()) {
            update.push(HasOutbox.FIELD).each(events.toArray());
        }
        mongo.updateFirst(Query.query(Criteria.where("_id").is(account.id())), update, AccountDocument.class);
        relay.publishSoon(AccountDocument.COLLECTION, account.id());
    }
}
