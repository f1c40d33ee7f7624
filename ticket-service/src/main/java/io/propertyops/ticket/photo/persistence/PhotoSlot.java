package io.propertyops.ticket.photo.persistence;

import io.propertyops.ticket.photo.domain.Photo;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;

/**
 * One of the numbered places a work order has for photos, claimed before the bytes are written. The unique index on
 * work order and slot number is what holds a work order to its limit, however many uploads run at once.
 *
 * @param claimedAt  when the upload began
 * @param uploadedAt when the bytes were stored whole; null while the upload is under way
 */
@Document(PhotoSlot.COLLECTION)
@CompoundIndex(name = "one_photo_per_slot", def = "{'workOrderId': 1, 'slot': 1}", unique = true)
record PhotoSlot(@Id String id, String workOrderId, int slot, String uploadedBy, Instant claimedAt,
                 String contentType, Long size, Instant uploadedAt) {

    static final String COLLECTION = "photo_slots";

    static PhotoSlot claim(String id, String workOrderId, int slot, String uploadedBy, Instant at) {
        return new PhotoSlot(id, workOrderId, slot, uploadedBy, at, null, null, null);
    }

    Photo toPhoto() {
        return new Photo(id, workOrderId, contentType, size, uploadedBy, uploadedAt);
    }
}
