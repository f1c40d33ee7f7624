package io.propertyops.security.account.persistence;

import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.Role;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

@Repository
class MongoAccounts implements Accounts {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoAccounts(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
        // Declared here rather than by annotation: Boot leaves automatic index creation off. Uniqueness of the
        // username is what keeps two replicas seeding the same people from creating duplicates.
        var indexes = mongo.indexOps(AccountDocument.class);
        indexes.createIndex(new Index("username", Sort.Direction.ASC).unique().named("username_unique"));
        indexes.createIndex(new Index("bindings.id", Sort.Direction.ASC).named("binding_id"));
        indexes.createIndex(new Index("ownedUnitIds", Sort.Direction.ASC).named("owned_units"));
        indexes.createIndex(new Index("pendingBindingCommunityIds", Sort.Direction.ASC).named("pending_bindings"));
        indexes.createIndex(new Index("communityIds", Sort.Direction.ASC).named("communities"));
    }

    @Override
    public Optional<Account> withId(String id) {
        return Optional.ofNullable(mongo.findById(id, AccountDocument.class)).map(AccountDocument::toAccount);
    }

    @Override
    public Optional<Account> withUsername(String username) {
        return findOne(Criteria.where("username").is(username));
    }

    @Override
    public Optional<Account> withBinding(String bindingId) {
        return findOne(Criteria.where("bindings.id").is(bindingId));
    }

    @Override
    public List<Account> ownersOf(String unitId) {
        return find(Query.query(Criteria.where("ownedUnitIds").is(unitId).and("enabled").is(true)));
    }

    @Override
    public List<Account> withPendingBindingsIn(Collection<String> communityIds) {
        return find(Query.query(Criteria.where("pendingBindingCommunityIds").in(communityIds))
                .with(Sort.by("username")).limit(500));
    }

    @Override
    public List<Account> inCommunity(String communityId, Role role, int limit) {
        Criteria criteria = Criteria.where("communityIds").is(communityId);
        if (role != null) {
            criteria = criteria.and("roles").is(role.name());
        }
        return find(Query.query(criteria).with(Sort.by("username")).limit(limit));
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
        return writes.insertIfAbsent(AccountDocument.of(account, 0, outbox.of(account.pullEvents())),
                AccountDocument.COLLECTION);
    }

    /**
     * Sets the whole state and appends the events in one document write, keeping events still waiting before them;
     * the write only lands on the version that was read, so two concurrent decisions cannot overwrite each other.
     */
    @Override
    public void update(Account account) {
        Update update = StateUpdate.of(mongo.getConverter(), AccountDocument.of(account, account.version() + 1, List.of()),
                outbox.of(account.pullEvents()), "version", account.version() + 1);
        Query unchanged = Query.query(Criteria.where("_id").is(account.id()).and("version").is(account.version()));
        if (!writes.change(account.id(), unchanged, update, AccountDocument.COLLECTION)) {
            throw new ConflictException("concurrent-change",
                    "Account " + account.id() + " was changed by someone else meanwhile; read it again and retry");
        }
    }

    private Optional<Account> findOne(Criteria criteria) {
        return Optional.ofNullable(mongo.findOne(Query.query(criteria), AccountDocument.class))
                .map(AccountDocument::toAccount);
    }

    private List<Account> find(Query query) {
        return mongo.find(query, AccountDocument.class).stream().map(AccountDocument::toAccount).toList();
    }
}
