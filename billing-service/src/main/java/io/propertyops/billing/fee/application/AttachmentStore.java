package io.propertyops.billing.fee.application;

import io.propertyops.billing.fee.domain.Attachment;

import java.util.List;
import java.util.Optional;

/** Where the fee items' attachments (收费对象) are kept, one document each. */
public interface AttachmentStore {

    /** @throws org.springframework.dao.DuplicateKeyException when one with that idempotency key is stored */
    void insert(Attachment attachment, String idempotencyKey);

    Optional<Attachment> findByIdempotencyKey(String idempotencyKey);

    Optional<Attachment> find(String id);

    /** A community's attachments, every item's (a bill run's; bounded by the community). */
    List<Attachment> inCommunity(String communityId);

    /** Replaces the attachment if it is still at {@code readVersion}; whether it was. */
    boolean replace(Attachment next, long readVersion);
}
