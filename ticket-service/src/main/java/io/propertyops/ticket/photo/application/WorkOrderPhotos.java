package io.propertyops.ticket.photo.application;

import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.PayloadTooLargeException;
import io.propertyops.ticket.photo.domain.Photo;
import io.propertyops.ticket.photo.domain.PhotoType;
import io.propertyops.ticket.workorder.application.WorkOrderService;
import io.propertyops.ticket.workorder.domain.WorkOrder;
import org.springframework.stereotype.Service;

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
import java.util.stream.IntStream;

/**
 * Photos of work orders, kept in a {@link PhotoStore}, shown only to those who may see the work order. Anyone who may see it may add one, except integration clients, whom the web layer turns away.
 */
@Service
public class WorkOrderPhotos {

    private final WorkOrderService workOrders;
    private final PhotoStore store;
    private final PhotoProperties properties;
    private final Clock clock;

    WorkOrderPhotos(WorkOrderService workOrders, PhotoStore store, PhotoProperties properties, Clock clock) {
        this.workOrders = workOrders;
        this.store = store;
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

        String photoId = claimSlot(workOrder, caller.id());
        try {
            CountedStream counted = new CountedStream(new SequenceInputStream(new ByteArrayInputStream(head), content), maxBytes);
            store.writeBytes(photoId, workOrder.id(), type.mediaType(), counted);
            return stored(photoId, workOrder.id(), caller.id(), type, counted.count);
        } catch (RuntimeException e) {
            store.discard(photoId);
            throw e;
        }
    }

    /** The photos of a work order the caller may see, in the order they were stored. */
    public List<Photo> list(Caller caller, String workOrderId) {
        WorkOrder workOrder = workOrders.get(caller, workOrderId);
        return store.photosOf(workOrder.id());
    }

    public Content open(Caller caller, String workOrderId, String photoId) throws IOException {
        WorkOrder workOrder = workOrders.get(caller, workOrderId);
        return store.open(workOrder.id(), photoId)
                .map(stored -> new Content(stored.photo(), stored.bytes()))
                .orElseThrow(() -> new NotFoundException("Photo", photoId));
    }

    /**
     * Takes the lowest free slot before any byte is written. Two uploads that pick the same slot meet the unique
     * index, and the one that lost looks again, so a work order never has more photos than slots.
     */
    private String claimSlot(WorkOrder workOrder, String uploadedBy) {
        Instant now = clock.instant();
        // uploads whose replica died midway hold a slot and partial chunks: free both once they are old enough
        store.releaseAbandoned(workOrder.id(), now.minus(properties.abandonedAfter()));
        for (int attempt = 0; attempt < properties.maxPerWorkOrder(); attempt++) {
            Set<Integer> taken = store.takenSlots(workOrder.id());
            var free = IntStream.range(0, properties.maxPerWorkOrder()).filter(n -> !taken.contains(n)).findFirst();
            if (free.isEmpty()) {
                break;
            }
            String photoId = UUID.randomUUID().toString();
            if (store.claim(photoId, workOrder.id(), free.getAsInt(), uploadedBy, now)) {
                return photoId;
            }
            // another upload took this slot a moment ago: look again
        }
        throw new ConflictException("photo-limit-reached", "Work order " + workOrder.number() + " already has "
                + properties.maxPerWorkOrder() + " photos, counting uploads under way");
    }

    /** Marks the upload finished, unless it took so long that its slot was released meanwhile. */
    private Photo stored(String photoId, String workOrderId, String uploadedBy, PhotoType type, long size) {
        Instant at = clock.instant();
        if (!store.finish(photoId, type.mediaType(), size, at)) {
            throw new ConflictException("upload-abandoned", "The upload took longer than " + properties.abandonedAfter()
                    + " and was given up; send the photo again");
        }
        return new Photo(photoId, workOrderId, type.mediaType(), size, uploadedBy, at);
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
