package io.propertyops.security.account.persistence;

import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountSearch;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.CompoundIndexDefinition;
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
        indexes.createIndex(new Index(SearchKeys.FIELD, Sort.Direction.ASC).unique().sparse().named(SearchKeys.INDEX));
        // {_id, version}: every change is written on the version it read (see update); the embedded store serves that
        // only from a unique index of exactly these fields
        indexes.createIndex(new CompoundIndexDefinition(new org.bson.Document("_id", 1).append("version", 1))
                .unique().named("id_version"));
        addSearchKeys();
    }

    /**
     * Gives the accounts stored before search keys existed their keys, each on the version it was read at: a change
     * meanwhile writes the keys itself. Later writes keep them ({@link #update}).
     */
    private void addSearchKeys() {
        Query withoutKeys = Query.query(Criteria.where(SearchKeys.FIELD).exists(false).and("communityIds.0").exists(true));
        for (AccountDocument stored : mongo.find(withoutKeys, AccountDocument.class)) {
            Account account = stored.toAccount();
            mongo.updateFirst(Query.query(Criteria.where("_id").is(stored.id()).and("version").is(stored.version())),
                    Update.update(SearchKeys.FIELD, SearchKeys.of(account.id(), account.profile())), AccountDocument.class);
        }
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

    /**
     * One regular expression on the search keys and nothing else, so that the embedded store too serves it from
     * their unique index (it does only when the query's fields are exactly the index's). The total is counted with
     * the {@code count} command, which it serves from the index as well, rather than {@code countDocuments} (an
     * aggregation, which reads every document); a first page that is not full is its own total.
     */
    @Override
    public AccountPage search(AccountSearch search, int page, int size) {
        Criteria found = Criteria.where(SearchKeys.FIELD).regex(SearchKeys.pattern(search));
        List<Account> accounts = find(Query.query(found).with(Sort.by("username")).skip((long) page * size).limit(size));
        if (page == 0 && accounts.size() < size) {
            return new AccountPage(accounts, accounts.size());
        }
        org.bson.Document counted = mongo.executeCommand(new org.bson.Document("count", AccountDocument.COLLECTION)
                .append("query", Query.query(found).getQueryObject()));
        return new AccountPage(accounts, ((Number) counted.get("n")).longValue());
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
        if (!update.getUpdateObject().get("$set", org.bson.Document.class).containsKey(SearchKeys.FIELD)) {
            update.unset(SearchKeys.FIELD); // it reaches no community any more: no key, and the sparse index skips it
        }
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
