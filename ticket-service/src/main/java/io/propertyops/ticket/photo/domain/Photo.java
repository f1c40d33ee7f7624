package io.propertyops.ticket.photo.domain;

import java.time.Instant;

/**
 * A photo of a work order, as stored.
 *
 * @param contentType the format its bytes have (image/jpeg, image/png, image/webp or image/heic)
 * @param size        in bytes
 * @param uploadedBy  the person who sent it
 * @param uploadedAt  when it was stored whole
 */
public record Photo(String id, String workOrderId, String contentType, long size, String uploadedBy, Instant uploadedAt) {
}
