package io.propertyops.facility.round.persistence;

import io.propertyops.events.DomainEvent;
import io.propertyops.facility.round.application.RoundStore;
import io.propertyops.facility.round.domain.Round;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import io.propertyops.starter.persistence.DueMarks;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.BulkOperationException;
import org.springframework.data.mongodb.core.BulkOperations;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Rounds on MongoDB, each change written on the version it read with its events; and {@value #DAYS}, a small
 * collection keyed by person and day and by community and day, listing the rounds on it, which "my rounds today" and
 * the live board read by id.
 */
@Repository
class MongoRoundStore implements RoundStore {

    static final String DAYS = "round_days";

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoRoundStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public List<Round> insertNew(List<Round> rounds) {
        // listed on their days first: a round listed but not written (a crash between) is skipped when read
        list(rounds);
        return writes.insertNew(rounds.stream().map(round -> RoundDocument.of(round, List.of())).toList(),
                RoundDocument.COLLECTION).stream().map(RoundDocument::toDomain).toList();
    }

    private void list(List<Round> rounds) {
        Map<String, Set<String>> byDay = new LinkedHashMap<>();
        for (Round round : rounds) {
            byDay.computeIfAbsent(communityDay(round.communityId(), round.date()), key -> new LinkedHashSet<>()).add(round.id());
            Set<String> people = new LinkedHashSet<>(round.assigneeIds());
            if (round.supervisorId() != null) {
                people.add(round.supervisorId());
            }
            people.forEach(person -> byDay.computeIfAbsent(personDay(person, round.date()), key -> new LinkedHashSet<>())
                    .add(round.id()));
        }
        if (byDay.isEmpty()) {
            return;
        }
        try {
            upsert(byDay);
        } catch (DuplicateKeyException | BulkOperationException raced) {
            upsert(byDay); // two first rounds of one day at once: the day exists now, and $addToSet repeats safely
        }
    }

    private void upsert(Map<String, Set<String>> byDay) {
        BulkOperations bulk = mongo.bulkOps(BulkOperations.BulkMode.UNORDERED, DAYS);
        byDay.forEach((key, ids) -> bulk.upsert(Query.query(Criteria.where("_id").is(key)),
                new Update().addToSet("roundIds").each(ids.toArray())));
        bulk.execute();
    }

    static String communityDay(String communityId, LocalDate date) {
        return "community:" + communityId + ":" + date;
    }

    static String personDay(String personId, LocalDate date) {
        return "person:" + personId + ":" + date;
    }

    @Override
    public Optional<Round> find(String id) {
        return Optional.ofNullable(mongo.findById(id, RoundDocument.class)).map(RoundDocument::toDomain);
    }

    @Override
    public List<Round> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return mongo.find(Query.query(Criteria.where("_id").in(ids)), RoundDocument.class).stream()
                .map(RoundDocument::toDomain).toList();
    }

    @Override
    public boolean save(Round next, long storedVersion, List<DomainEvent> events) {
        RoundDocument document = RoundDocument.of(next, List.of());
        Update update = StateUpdate.of(mongo.getConverter(), document, outbox.of(events), "version", next.version());
        if (document.watchMark() == null) {
            update.unset("watchMark").unset("watchAt");
        }
        return writes.change(next.id(), Query.query(Criteria.where("_id").is(next.id()).and("version").is(storedVersion)),
                update, RoundDocument.COLLECTION);
    }

    /** Marks sort by their time: read until the first that is not due yet. */
    @Override
    public List<Round> due(Instant now, int limit) {
        try (Stream<RoundDocument> marked = mongo.stream(DueMarks.marked("watchMark", ""), RoundDocument.class)) {
            return marked.takeWhile(round -> !round.watchAt().isAfter(now)).limit(limit)
                    .map(RoundDocument::toDomain).toList();
        }
    }

    @Override
    public List<String> idsOfPerson(String personId, LocalDate date) {
        return ids(personDay(personId, date));
    }

    @Override
    public List<String> idsOfCommunity(String communityId, LocalDate date) {
        return ids(communityDay(communityId, date));
    }

    private List<String> ids(String key) {
        Document day = mongo.findById(key, Document.class, DAYS);
        return day == null ? List.of() : day.getList("roundIds", String.class, List.of());
    }
}
