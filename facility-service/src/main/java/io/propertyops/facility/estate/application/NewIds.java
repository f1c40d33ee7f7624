package io.propertyops.facility.estate.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Ids of new objects. With an {@code Idempotency-Key} the id is derived from it (and from who sent it and what it
 * creates), so a retried create finds the object the first attempt made instead of making a second.
 */
final class NewIds {

    private NewIds() {
    }

    static String of(String scope, String callerId, String idempotencyKey) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            return UUID.randomUUID().toString();
        }
        return UUID.nameUUIDFromBytes((scope + "\u0000" + callerId + "\u0000" + idempotencyKey)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The same id for the same name in the same community, whoever creates it: an import's buildings. */
    static String named(String communityId, String kind, String name) {
        return UUID.nameUUIDFromBytes((communityId + "\u0000" + kind + "\u0000" + name)
                .getBytes(StandardCharsets.UTF_8)).toString();
    }
}
