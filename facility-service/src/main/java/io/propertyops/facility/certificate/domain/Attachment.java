package io.propertyops.facility.certificate.domain;

import java.time.Instant;
import java.util.Objects;

/** A scan of a certificate (PDF or JPEG), its bytes kept apart. */
public record Attachment(String id, String fileName, String contentType, long size, String uploadedBy,
                         Instant uploadedAt) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(contentType, "contentType");
    }
}
