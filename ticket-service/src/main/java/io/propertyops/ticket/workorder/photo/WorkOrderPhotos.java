package io.propertyops.ticket.workorder.photo;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.PayloadTooLargeException;
import io.propertyops.ticket.workorder.WorkOrderService;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.MongoDatabaseFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.data.mongodb.gridfs.GridFsTemplate;
import org.springframework.data.mongodb.gridfs.GridFsUpload;
import org.springframework.stereotype.Service;

import com.mongodb.client.gridfs.model.GridFSFile;

import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

/**
 * Photos of work orders, stored in MongoDB GridFS (bucket {@value #BUCKET}), shown only to those who may see the
 * work order. Anyone who may see it may add one, except integration clients, whom the web layer turns away.
 */
@Service
public class WorkOrderPhotos {

    static final String BUCKET = "photos";

    private final WorkOrderService workOrders;
    private final MongoTemplate mongo;
    private final GridFsTemplate files;
    private final PhotoProperties properties;
    private final Clock clock;

    WorkOrderPhotos(WorkOrderService workOrders, MongoTemplate mongo, MongoDatabaseFactory databases,
                    PhotoProperties properties, Clock clock) {
        this.workOrders = workOrders;
        this.mongo = mongo;
        this.files = new GridFsTemplate(databases, mongo.getConverter(), BUCKET);
        this.properties = properties;
        this.clock = clock;
    }

    /** The bytes of a photo, to be closed by whoever reads them. */
    public record Content(Photo photo, InputStream bytes) {
    }

    /**
     * Stores a photo of a work order the caller may see. The format is read from the content's first bytes; the
     * declared type only has to be one of the accepted ones. A refused upload stores nothing.
     *
     * @param declaredLength the Content-Length, or -1 when the body is chunked (it is counted then)
     * @throws NotFoundException         the caller may not see the work order
     * @throws UnsupportedPhotoException neither JPEG, PNG, WebP nor HEIC (415)
     * @throws PayloadTooLargeException  over the size limit (413)
     * @throws ConflictException         {@code photo-limit-reached} when the work order has all its photos (409)
     */
    public Photo upload(Caller caller, String workOrderId, String declaredType, long declaredLength, InputStream content)
            throws IOException {
        WorkOrder workOrder = workOrders.get(caller, workOrderId);
        if (PhotoType.declared(declaredType).isEmpty()) {
            throw new UnsupportedPhotoException("Photos are sent as image/jpeg, image/png, image/webp or image/heic, not "
                    + declaredType);
        }
        long maxBytes = properties.maxSize().toBytes();
        if (declaredLength > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        byte[] head = content.readNBytes(PhotoType.HEAD_LENGTH);
        PhotoType type = PhotoType.sniff(head).orElseThrow(() ->
                new UnsupportedPhotoException("The content is not a JPEG, PNG, WebP or HEIC image"));

        PhotoSlot slot = claimSlot(workOrder, caller.id());
        try {
            CountedStream counted = new CountedStream(new SequenceInputStream(new ByteArrayInputStream(head), content), maxBytes);
            files.store(GridFsUpload.fromStream(counted).id(slot.id()).filename(slot.id()).contentType(type.mediaType())
                    .metadata(new Document("workOrderId", workOrder.id())).build());
            return stored(slot, type, counted.count);
        } catch (RuntimeException e) {
            discard(slot.id());
            throw e;
        }
    }

    /** The photos of a work order the caller may see, in the order they were stored. */
    public List<Photo> list(Caller caller, String workOrderId) {
        WorkOrder workOrder = workOrders.get(caller, workOrderId);
        return mongo.find(query(where("workOrderId").is(workOrder.id()).and("uploadedAt").ne(null))
                        .with(Sort.by("uploadedAt", "slot")), PhotoSlot.class)
                .stream().map(PhotoSlot::toPhoto).toList();
    }

    public Content open(Caller caller, String workOrderId, String photoId) throws IOException {
        WorkOrder workOrder = workOrders.get(caller, workOrderId);
        PhotoSlot slot = mongo.findOne(query(where("_id").is(photoId).and("workOrderId").is(workOrder.id())
                .and("uploadedAt").ne(null)), PhotoSlot.class);
        GridFSFile file = slot == null ? null : files.findOne(query(where("_id").is(photoId)));
        if (file == null) {
            throw new NotFoundException("Photo", photoId);
        }
        return new Content(slot.toPhoto(), files.getResource(file).getInputStream());
    }

    /**
     * Takes the lowest free slot before any byte is written. Two uploads that pick the same slot meet the unique
     * index, and the one that lost looks again, so a work order never has more photos than slots.
     */
    private PhotoSlot claimSlot(WorkOrder workOrder, String uploadedBy) {
        Instant now = clock.instant();
        releaseAbandoned(workOrder.id(), now);
        for (int attempt = 0; attempt < properties.maxPerWorkOrder(); attempt++) {
            Set<Integer> taken = mongo.find(query(where("workOrderId").is(workOrder.id())), PhotoSlot.class)
                    .stream().map(PhotoSlot::slot).collect(Collectors.toSet());
            var free = IntStream.range(0, properties.maxPerWorkOrder()).filter(n -> !taken.contains(n)).findFirst();
            if (free.isEmpty()) {
                break;
            }
            try {
                return mongo.insert(PhotoSlot.claim(UUID.randomUUID().toString(), workOrder.id(), free.getAsInt(),
                        uploadedBy, now));
            } catch (DuplicateKeyException e) {
                // another upload took this slot a moment ago: look again
            }
        }
        throw new ConflictException("photo-limit-reached", "Work order " + workOrder.number() + " already has "
                + properties.maxPerWorkOrder() + " photos, counting uploads under way");
    }

    /** Marks the upload finished, unless it took so long that its slot was released meanwhile. */
    private Photo stored(PhotoSlot slot, PhotoType type, long size) {
        Instant at = clock.instant();
        var result = mongo.updateFirst(query(where("_id").is(slot.id()).and("uploadedAt").is(null)),
                new Update().set("contentType", type.mediaType()).set("size", size).set("uploadedAt", at), PhotoSlot.class);
        if (result.getMatchedCount() == 0) {
            throw new ConflictException("upload-abandoned", "The upload took longer than " + properties.abandonedAfter()
                    + " and was given up; send the photo again");
        }
        return new PhotoSlot(slot.id(), slot.workOrderId(), slot.slot(), slot.uploadedBy(), slot.claimedAt(),
                type.mediaType(), size, at).toPhoto();
    }

    /** Uploads whose replica died midway hold a slot and partial chunks: free both once they are old enough. */
    private void releaseAbandoned(String workOrderId, Instant now) {
        List<PhotoSlot> abandoned = mongo.find(query(where("workOrderId").is(workOrderId).and("uploadedAt").is(null)
                .and("claimedAt").lt(now.minus(properties.abandonedAfter()))), PhotoSlot.class);
        for (PhotoSlot slot : abandoned) {
            if (mongo.remove(query(where("_id").is(slot.id()).and("uploadedAt").is(null)), PhotoSlot.class)
                    .getDeletedCount() > 0) {
                removeBytes(slot.id());
            }
        }
    }

    private void discard(String photoId) {
        mongo.remove(query(where("_id").is(photoId)), PhotoSlot.class);
        removeBytes(photoId);
    }

    /**
     * Chunks by their file id, as well as the file: an upload that failed midway has chunks but no file document,
     * and the driver only cleans up after itself when reading the body throws an IOException.
     */
    private void removeBytes(String photoId) {
        mongo.remove(query(where("files_id").is(photoId)), BUCKET + ".chunks");
        mongo.remove(query(where("_id").is(photoId)), BUCKET + ".files");
    }

    /** Counts what is read and stops at the limit, whatever the Content-Length said. */
    private static final class CountedStream extends FilterInputStream {
        private final long limit;
        private long count;

        CountedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(int n) {
            count += n;
            if (count > limit) {
                throw new PayloadTooLargeException(limit);
            }
        }
    }
}
