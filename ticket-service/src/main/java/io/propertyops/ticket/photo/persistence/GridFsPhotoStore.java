package io.propertyops.ticket.photo.persistence;

import com.mongodb.client.gridfs.model.GridFSFile;
import io.propertyops.ticket.photo.application.PhotoStore;
import io.propertyops.ticket.photo.domain.Photo;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/** Photo slots in {@value PhotoSlot#COLLECTION}, the bytes in MongoDB GridFS (bucket {@value #BUCKET}). */
@Repository
class GridFsPhotoStore implements PhotoStore {

    static final String BUCKET = "photos";

    private final MongoTemplate mongo;
    private final GridFsTemplate files;

    GridFsPhotoStore(MongoTemplate mongo, MongoDatabaseFactory databases) {
        this.mongo = mongo;
        this.files = new GridFsTemplate(databases, mongo.getConverter(), BUCKET);
    }

    @Override
    public Set<Integer> takenSlots(String workOrderId) {
        return mongo.find(query(where("workOrderId").is(workOrderId)), PhotoSlot.class)
                .stream().map(PhotoSlot::slot).collect(Collectors.toSet());
    }

    @Override
    public boolean claim(String photoId, String workOrderId, int slot, String uploadedBy, Instant at) {
        try {
            mongo.insert(PhotoSlot.claim(photoId, workOrderId, slot, uploadedBy, at));
            return true;
        } catch (DuplicateKeyException e) {
            return false;
        }
    }

    @Override
    public void writeBytes(String photoId, String workOrderId, String mediaType, InputStream bytes) {
        files.store(GridFsUpload.fromStream(bytes).id(photoId).filename(photoId).contentType(mediaType)
                .metadata(new Document("workOrderId", workOrderId)).build());
    }

    @Override
    public boolean finish(String photoId, String mediaType, long size, Instant at) {
        return mongo.updateFirst(query(where("_id").is(photoId).and("uploadedAt").is(null)),
                new Update().set("contentType", mediaType).set("size", size).set("uploadedAt", at), PhotoSlot.class)
                .getMatchedCount() > 0;
    }

    /** Uploads whose replica died midway hold a slot and partial chunks: both are freed. */
    @Override
    public void releaseAbandoned(String workOrderId, Instant claimedBefore) {
        List<PhotoSlot> abandoned = mongo.find(query(where("workOrderId").is(workOrderId).and("uploadedAt").is(null)
                .and("claimedAt").lt(claimedBefore)), PhotoSlot.class);
        for (PhotoSlot slot : abandoned) {
            if (mongo.remove(query(where("_id").is(slot.id()).and("uploadedAt").is(null)), PhotoSlot.class)
                    .getDeletedCount() > 0) {
                removeBytes(slot.id());
            }
        }
    }

    @Override
    public void discard(String photoId) {
        mongo.remove(query(where("_id").is(photoId)), PhotoSlot.class);
        removeBytes(photoId);
    }

    @Override
    public List<Photo> photosOf(String workOrderId) {
        return mongo.find(query(where("workOrderId").is(workOrderId).and("uploadedAt").ne(null))
                        .with(Sort.by("uploadedAt", "slot")), PhotoSlot.class)
                .stream().map(PhotoSlot::toPhoto).toList();
    }

    @Override
    public Optional<StoredPhoto> open(String workOrderId, String photoId) throws IOException {
        PhotoSlot slot = mongo.findOne(query(where("_id").is(photoId).and("workOrderId").is(workOrderId)
                .and("uploadedAt").ne(null)), PhotoSlot.class);
        GridFSFile file = slot == null ? null : files.findOne(query(where("_id").is(photoId)));
        if (file == null) {
            return Optional.empty();
        }
        return Optional.of(new StoredPhoto(slot.toPhoto(), files.getResource(file).getInputStream()));
    }

    /**
     * Chunks by their file id, as well as the file: an upload that failed midway has chunks but no file document,
     * and the driver only cleans up after itself when reading the body throws an IOException.
     */
    private void removeBytes(String photoId) {
        mongo.remove(query(where("files_id").is(photoId)), BUCKET + ".chunks");
        mongo.remove(query(where("_id").is(photoId)), BUCKET + ".files");
    }
}
