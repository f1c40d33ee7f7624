package io.propertyops.ticket.photo.application;

import io.propertyops.ticket.photo.domain.Photo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Where photos are kept (port): each in a numbered slot of its work order, unique per work order and number and
 * claimed before any byte is written, and its bytes.
 */
public interface PhotoStore {

    /** The slot numbers the work order's photos and uploads under way hold. */
    Set<Integer> takenSlots(String workOrderId);

    /** Claims a slot for an upload; false when another upload took it a moment ago. */
    boolean claim(String photoId, String workOrderId, int slot, String uploadedBy, Instant at);

    /** Writes the bytes of a claimed photo. */
    void writeBytes(String photoId, String workOrderId, String mediaType, InputStream bytes);

    /** Marks the upload finished; false when its slot was released meanwhile. */
    boolean finish(String photoId, String mediaType, long size, Instant at);

    /** Releases the slots of uploads claimed before {@code claimedBefore} and never finished, with their bytes. */
    void releaseAbandoned(String workOrderId, Instant claimedBefore);

    /** Removes a photo's slot and bytes. */
    void discard(String photoId);

    /** The finished photos of a work order, in the order they were stored. */
    List<Photo> photosOf(String workOrderId);

    /** A finished photo of the work order, with its bytes, to be closed by whoever reads them. */
    Optional<StoredPhoto> open(String workOrderId, String photoId) throws IOException;

    record StoredPhoto(Photo photo, InputStream bytes) {
    }
}
