package io.propertyops.facility.certificate.application;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/** Where the bytes of certificates' scanned documents are kept. */
public interface AttachmentStore {

    void write(String documentId, String certificateId, String fileName, String contentType, InputStream bytes);

    /** The bytes, to be closed by whoever reads them. */
    Optional<InputStream> open(String documentId) throws IOException;

    void delete(String documentId);
}
