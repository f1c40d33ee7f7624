package io.propertyops.facility.equipment.persistence;

import io.propertyops.events.facility.EquipmentStateChanged;
import io.propertyops.facility.equipment.application.EquipmentStore;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/** The ledger on MongoDB; a change and its event go in one document write, handed to the outbox relay. */
@Repository
class MongoEquipmentStore implements EquipmentStore {

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;

    MongoEquipmentStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
    }

    @Override
    public boolean insert(Equipment equipment) {
        try {
            writes.insert(EquipmentDocument.of(equipment, List.of()), EquipmentDocument.COLLECTION);
            return true;
        } catch (DuplicateKeyException e) {
            if (find(equipment.id()).isPresent()) {
                return false;
            }
            throw codeTaken(equipment);
        }
    }

    @Override
    public boolean save(Equipment next, long storedVersion, EquipmentStateChanged event) {
        List<OutboxMessage> messages = event == null ? List.of() : outbox.of(List.of(event));
        Query unchanged = Query.query(Criteria.where("_id").is(next.id()).and("version").is(storedVersion));
        EquipmentDocument document = EquipmentDocument.of(next, List.of());
        Update update = StateUpdate.of(mongo.getConverter(), document, messages, "version", next.version());
        // the converter leaves null fields out, which would keep what they were: a fact cleared by an edit is unset
        Document written = new Document();
        mongo.getConverter().write(document, written);
        EquipmentDocument.OPTIONAL.stream().filter(field -> !written.containsKey(field)).forEach(update::unset);
        try {
            return writes.change(next.id(), unchanged, update, EquipmentDocument.COLLECTION);
        } catch (DuplicateKeyException e) {
            throw codeTaken(next);
        }
    }

    @Override
    public Optional<Equipment> find(String id) {
        return Optional.ofNullable(mongo.findById(id, EquipmentDocument.class)).map(EquipmentDocument::toDomain);
    }

    @Override
    public Optional<Equipment> findByQrCode(String qrCode) {
        return Optional.ofNullable(mongo.findOne(Query.query(Criteria.where("qrCode").is(qrCode)), EquipmentDocument.class))
                .map(EquipmentDocument::toDomain);
    }

    @Override
    public Listing list(String communityId, EquipmentType type, EquipmentState state, String search, int page, int size) {
        Query query = Query.query(Criteria.where("communityId").is(communityId));
        if (type != null) {
            query.addCriteria(Criteria.where("type").is(type));
        }
        if (state != null) {
            query.addCriteria(Criteria.where("state").is(state));
        }
        if (search != null) {
            Pattern contains = Pattern.compile(Pattern.quote(search), Pattern.CASE_INSENSITIVE);
            query.addCriteria(new Criteria().orOperator(Criteria.where("code").regex(contains),
                    Criteria.where("name").regex(contains), Criteria.where("brand").regex(contains),
                    Criteria.where("model").regex(contains), Criteria.where("serial").regex(contains),
                    Criteria.where("locationName").regex(contains)));
        }
        long total = mongo.count(query, EquipmentDocument.class);
        query.with(Sort.by("code")).skip((long) page * size).limit(size);
        query.fields().exclude(EquipmentDocument.HEAVY);
        return new Listing(mongo.find(query, EquipmentDocument.class).stream().map(EquipmentDocument::toDomain).toList(), total);
    }

    @Override
    public List<Equipment> all(String communityId, EquipmentType type) {
        Query query = Query.query(Criteria.where("communityId").is(communityId));
        if (type != null) {
            query.addCriteria(Criteria.where("type").is(type));
        }
        query.with(Sort.by("code")).fields().exclude("scrapRequests", "pendingEvents");
        return mongo.find(query, EquipmentDocument.class).stream().map(EquipmentDocument::toDomain).toList();
    }

    private static ConflictException codeTaken(Equipment equipment) {
        return new ConflictException("code-taken", "Community " + equipment.communityId() + " has equipment "
                + equipment.details().code() + " already");
    }
}
