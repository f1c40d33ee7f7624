package io.propertyops.facility.meter.persistence;

import com.mongodb.client.gridfs.model.GridFSFile;
import io.propertyops.events.DomainEvent;
import io.propertyops.facility.meter.application.ReadingStore;
import io.propertyops.facility.meter.domain.MeterReading;
import io.propertyops.facility.meter.domain.ReadingStatus;
import io.propertyops.starter.outbox.OutboxMessages;
import io.propertyops.starter.outbox.OutboxWrites;
import io.propertyops.starter.outbox.StateUpdate;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import io.propertyops.starter.persistence.ByIds;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Readings on MongoDB, a burst in one unordered bulk insert; the photos of held readings in GridFS. */
@Repository
class MongoReadingStore implements ReadingStore {

    static final String PHOTOS = "meter_photos";

    private final MongoTemplate mongo;
    private final OutboxMessages outbox;
    private final OutboxWrites writes;
    private final GridFsTemplate files;

    MongoReadingStore(MongoTemplate mongo, OutboxMessages outbox, OutboxWrites writes, MongoDatabaseFactory databases) {
        this.mongo = mongo;
        this.outbox = outbox;
        this.writes = writes;
        this.files = new GridFsTemplate(databases, mongo.getConverter(), PHOTOS);
    }

    @Override
    public List<MeterReading> insertNew(List<MeterReading> readings, Map<String, List<DomainEvent>> eventsByReading) {
        Map<ReadingDocument, MeterReading> byDocument = new IdentityHashMap<>();
        List<ReadingDocument> documents = new ArrayList<>(readings.size());
        for (MeterReading reading : readings) {
            ReadingDocument document = ReadingDocument.of(reading,
                    outbox.of(eventsByReading.getOrDefault(reading.id(), List.of())));
            byDocument.put(document, reading);
            documents.add(document);
        }
        return writes.insertNew(documents, ReadingDocument.COLLECTION).stream().map(byDocument::get).toList();
    }

    @Override
    public Map<String, MeterReading> findAll(Collection<String> ids) {
        Map<String, MeterReading> found = new HashMap<>();
        if (!ids.isEmpty()) {
            ByIds.find(mongo, ids, ReadingDocument.class)
                    .forEach(document -> found.put(document.id(), document.toDomain()));
        }
        return found;
    }

    @Override
    public Optional<MeterReading> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ReadingDocument.class)).map(ReadingDocument::toDomain);
    }

    @Override
    public boolean replace(MeterReading next, long storedVersion) {
        ReadingDocument document = ReadingDocument.of(next, List.of());
        Update update = StateUpdate.of(mongo.getConverter(), document, List.of(), "version", next.version());
        if (document.heldMark() == null) {
            update.unset("heldMark");
        }
        return mongo.updateFirst(Query.query(Criteria.where("_id").is(next.id()).and("version").is(storedVersion)),
                update, ReadingDocument.class).getMatchedCount() > 0;
    }

    @Override
    public long countHeld(String communityId, YearMonth period) {
        return held(communityId, period, "_id").size();
    }

    @Override
    public Set<String> heldMeterIds(String communityId, YearMonth period) {
        Set<String> meterIds = new HashSet<>();
        held(communityId, period, "meterId").forEach(document -> meterIds.add(document.getString("meterId")));
        return meterIds;
    }

    /** The held readings of a community's month, through their held marks, with only one field. */
    private List<org.bson.Document> held(String communityId, YearMonth period, String field) {
        Query held = Query.query(Criteria.where("heldMark")
                .regex("^" + ReadingDocument.heldPrefix(communityId, period).replaceAll("([^A-Za-z0-9])", "\\\\$1")));
        held.fields().include(field);
        return mongo.find(held, org.bson.Document.class, ReadingDocument.COLLECTION);
    }

    /** A page of one community's readings (a list page: it reads that community's readings). */
    @Override
    public List<MeterReading> list(String communityId, String meterId, YearMonth period, ReadingStatus status,
                                   int page, int size) {
        Criteria criteria = Criteria.where("communityId").is(communityId);
        if (meterId != null) {
            criteria = criteria.and("meterId").is(meterId);
        }
        if (period != null) {
            criteria = criteria.and("period").is(period.toString());
        }
        if (status != null) {
            criteria = criteria.and("status").is(status);
        }
        return mongo.find(Query.query(criteria).with(Sort.by(Sort.Order.desc("readAt"), Sort.Order.asc("_id")))
                        .skip((long) page * size).limit(size), ReadingDocument.class)
                .stream().map(ReadingDocument::toDomain).toList();
    }

    @Override
    public String storePhoto(String readingId, String mediaType, InputStream bytes) {
        String photoId = readingId + "/" + UUID.randomUUID();
        files.store(GridFsUpload.fromStream(bytes).id(photoId).filename(photoId).contentType(mediaType)
                .metadata(new org.bson.Document("readingId", readingId)).build());
        return photoId;
    }

    @Override
    public Optional<Photo> photo(String photoId) {
        GridFSFile file = files.findOne(Query.query(Criteria.where("_id").is(photoId)));
        if (file == null) {
            return Optional.empty();
        }
        try {
            String type = file.getMetadata() == null ? null : file.getMetadata().getString("_contentType");
            return Optional.of(new Photo(type == null ? "image/jpeg" : type, files.getResource(file).getInputStream()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
