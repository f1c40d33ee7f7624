package io.propertyops.facility.plan.application;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * The id of something a caller creates: derived from the caller and their {@code Idempotency-Key}, so that a retried
 * create finds what the first one made (inserted once by its id), or random without a key.
 */
public final class CreatedIds {

    private CreatedIds() {
    }

    /** @param kind what is created ({@code plan}, {@code route}, {@code round}), so that one key serves each once */
    public static String of(String kind, String callerId, String idempotencyKey) {
        return idempotencyKey == null ? UUID.randomUUID().toString() : UUID.nameUUIDFromBytes(
                (kind + ":" + callerId + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
