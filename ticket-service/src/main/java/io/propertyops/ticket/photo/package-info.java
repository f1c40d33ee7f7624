/**
 * Photos of work orders (工单照片): the reporter, the technician the work is dispatched to and the community's staff
 * add them; whoever may see the work order reads them; anyone else meets 404. JPEG, PNG, WebP and HEIC, told by
 * their first bytes; at most 10 MB each and 9 per work order. The bytes live in MongoDB GridFS (bucket
 * {@code photos}); {@code photo_slots} holds one document per photo in a numbered slot, unique per work order and
 * number, claimed before any byte is written, so concurrent uploads cannot pass the limit and a refused or failed
 * upload leaves nothing behind.
 *
 * <p>For the rest of the service: {@link io.propertyops.ticket.photo.application.WorkOrderPhotos#list} gives the
 * photos of a work order the caller may see (for a timeline entry or the resolved event, say). Uploading records
 * nothing on the work order itself.
 */
package io.propertyops.ticket.photo;
