package io.propertyops.security.account.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import de.bwaldvogel.mongo.backend.memory.MemoryCollection;
import de.bwaldvogel.mongo.backend.memory.MemoryDatabase;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import io.propertyops.security.account.application.Accounts;
import io.propertyops.security.account.application.InMemoryAccounts;
import io.propertyops.security.account.domain.Account;
import io.propertyops.security.account.domain.AccountProfile;
import io.propertyops.security.account.domain.AccountSearch;
import io.propertyops.security.account.domain.Role;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxRelay;
import io.propertyops.starter.outbox.OutboxWrites;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.index.IndexInfo;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Finding a community's people is served from the unique index of the search keys on the embedded store
 * (mongo-java-server), which reads a whole collection for any query its indexes cannot serve: the store here records
 * every such read. What the store finds is what {@link AccountSearch#matches} says, for the same people.
 */
class AccountSearchIndexTest {

    static final String HERE = "c-here";
    static final String THERE = "c-there";
    static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    final ScanRecordingBackend backend = new ScanRecordingBackend();
    MongoServer server;
    MongoClient client;
    MongoTemplate mongo;
    MongoAccounts accounts;
    final InMemoryAccounts expected = new InMemoryAccounts();

    @BeforeEach
    void setUp() {
        server = new MongoServer(backend);
        client = MongoClients.create(server.bindAndGetConnectionString());
        mongo = new MongoTemplate(client, "account-search");
        accounts = newStore();
        add(owner("o1", "13800138001", "张伟", "13800138001", HERE));
        add(owner("o2", "13800138002", "王芳", "13800138002", HERE));
        add(owner("o3", "13900001380", "张三", "+86 139 0000 1380", THERE));
        add(staff("s1", "ZhangMin", "Zhang Min", "13800138009", Set.of(Role.CUSTOMER_SERVICE), HERE));
        add(staff("s2", "zhouqiang", "周强", "13900000003", Set.of(Role.TECHNICIAN, Role.SUPERVISOR), HERE, THERE));
        add(staff("s3", "dot", "A.B (c)*", null, Set.of(Role.CLEANER), HERE));
    }

    @AfterEach
    void tearDown() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void everySearchIsServedFromTheIndexAndFindsWhatTheSearchMeans() {
        List<AccountSearch> searches = List.of(
                AccountSearch.everyoneIn(HERE),
                AccountSearch.everyoneIn(THERE),
                search(HERE, Set.of(), "1380", null),
                search(HERE, Set.of(), "13800138001", null),
                search(HERE, Set.of(), "+1380013800", null),
                search(THERE, Set.of(), "8613", null),
                search(THERE, Set.of(), "1390", null),
                search(HERE, Set.of(), null, "张"),
                search(HERE, Set.of(), null, "ZHANG"),
                search(HERE, Set.of(), null, "zhang min"),
                search(HERE, Set.of(), null, "a.b (c)*"),
                search(HERE, Set.of(), null, ".*"),
                search(HERE, Set.of(), null, "1380013800"),
                search(HERE, Set.of(Role.OWNER, Role.RESIDENT), null, null),
                search(HERE, Set.of(Role.SUPERVISOR), null, null),
                search(THERE, Set.of(Role.TECHNICIAN), "139", "周"),
                search(HERE, Set.of(Role.OWNER), "1380", "王"),
                search("c-nowhere", Set.of(), null, null));

        backend.scans.clear();
        for (AccountSearch search : searches) {
            assertThat(ids(accounts.search(search, 0, 100))).as(search.toString())
                    .containsExactlyElementsOf(ids(expected.search(search, 0, 100)));
        }
        assertThat(backend.scans).as("queries that read the whole collection").isEmpty();
        mongo.find(Query.query(Criteria.where("communityIds").is(HERE)), AccountDocument.class);
        assertThat(backend.scans).as("what the store records: a query no unique index serves").hasSize(1);

        assertThat(ids(accounts.search(search(HERE, Set.of(), "1380", null), 0, 100))).containsExactly("o1", "o2", "s1");
        assertThat(ids(accounts.search(search(HERE, Set.of(), null, "zhang"), 0, 100))).as("found once, by name and username")
                .containsExactly("s1");
        assertThat(ids(accounts.search(search(HERE, Set.of(), null, "."), 0, 100))).containsExactly("s3");
    }

    @Test
    void pagesAreCountedFromTheIndexToo() {
        backend.scans.clear();
        Accounts.AccountPage second = accounts.search(AccountSearch.everyoneIn(HERE), 1, 2);
        Accounts.AccountPage last = accounts.search(AccountSearch.everyoneIn(HERE), 2, 2);

        assertThat(ids(second)).containsExactly("s1", "s3"); // by username: 13800138002, ZhangMin, dot
        assertThat(second.total()).isEqualTo(5);
        assertThat(ids(last)).containsExactly("s2");
        assertThat(last.total()).isEqualTo(5);
        assertThat(backend.scans).isEmpty();
        assertThat(mongo.indexOps("accounts").getIndexInfo()).filteredOn(index -> index.getName().equals("search_keys"))
                .singleElement().matches(IndexInfo::isUnique).matches(IndexInfo::isSparse);
    }

    @Test
    void theKeysFollowWhereAPersonWorks() {
        Account zhouqiang = accounts.withId("s2").orElseThrow();
        zhouqiang.grantRoles(Set.of(Role.TECHNICIAN), List.of(THERE), "manager", NOW);
        accounts.update(zhouqiang);
        assertThat(ids(accounts.search(search(HERE, Set.of(), null, "周"), 0, 10))).isEmpty();
        assertThat(ids(accounts.search(search(THERE, Set.of(Role.TECHNICIAN), null, "周"), 0, 10))).containsExactly("s2");
        assertThat(ids(accounts.search(search(THERE, Set.of(Role.SUPERVISOR), null, null), 0, 10))).isEmpty();

        Account cleaner = accounts.withId("s3").orElseThrow();
        cleaner.grantRoles(Set.of(), List.of(), "manager", NOW);
        accounts.update(cleaner);
        assertThat(mongo.getCollection("accounts").find(new org.bson.Document("_id", "s3")).first())
                .as("reaching no community, no key").doesNotContainKey("searchKeys");
        assertThat(ids(accounts.search(AccountSearch.everyoneIn(HERE), 0, 10))).doesNotContain("s3");
    }

    @Test
    void accountsStoredBeforeSearchKeysGetThemAtStart() {
        mongo.updateMulti(new Query(), new Update().unset("searchKeys"), "accounts");
        assertThat(ids(accounts.search(AccountSearch.everyoneIn(HERE), 0, 10))).isEmpty();

        MongoAccounts restarted = newStore();

        assertThat(ids(restarted.search(AccountSearch.everyoneIn(HERE), 0, 10))).containsExactly("o1", "o2", "s1", "s3", "s2");
        assertThat(mongo.count(Query.query(Criteria.where("searchKeys").exists(true)), "accounts")).isEqualTo(6);
    }

    MongoAccounts newStore() {
        return new MongoAccounts(mongo, new OutboxMessages("/security-service", java.time.Clock.fixed(java.time.Instant.parse("2026-12-07T08:00:00Z"), java.time.ZoneOffset.UTC), Tracer.NOOP,
                Propagator.NOOP), new OutboxWrites(mongo, mock(OutboxRelay.class)));
    }

    void add(Account account) {
        assertThat(accounts.addIfAbsent(account)).isTrue();
        expected.addIfAbsent(Account.restore(account.state()));
    }

    static AccountSearch search(String community, Set<Role> roles, String phone, String text) {
        return new AccountSearch(community, roles, phone, text);
    }

    static List<String> ids(Accounts.AccountPage page) {
        return page.accounts().stream().map(Account::id).toList();
    }

    static Account owner(String id, String username, String name, String phone, String community) {
        return Account.register(id, new AccountProfile(username, name, phone, null, Set.of(Role.OWNER), List.of(community),
                List.of("unit-" + id), List.of()), "{noop}x", NOW);
    }

    static Account staff(String id, String username, String name, String phone, Set<Role> roles, String... communities) {
        return Account.register(id, new AccountProfile(username, name, phone, null, roles, List.of(communities), List.of(),
                List.of()), "{noop}x", NOW);
    }

    /** An in-memory store that records every query it answers by reading a whole collection of accounts. */
    static final class ScanRecordingBackend extends MemoryBackend {

        final List<String> scans = new CopyOnWriteArrayList<>();

        @Override
        public MemoryDatabase openOrCreateDatabase(String name) {
            CursorRegistry cursors = getCursorRegistry();
            return new MemoryDatabase(name, cursors) {
                @Override
                protected MemoryCollection openOrCreateCollection(String collection, CollectionOptions options) {
                    return new MemoryCollection(this, collection, options, cursors) {
                        @Override
                        protected QueryResult matchDocuments(de.bwaldvogel.mongo.bson.Document query,
                                                             de.bwaldvogel.mongo.bson.Document orderBy, int skip,
                                                             int limit, int batchSize,
                                                             de.bwaldvogel.mongo.bson.Document fieldSelector) {
                            if (collection.equals("accounts")) {
                                scans.add(String.valueOf(query));
                            }
                            return super.matchDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
                        }
                    };
                }
            };
        }
    }
}
