package io.propertyops.facility.certificate.application;

import io.propertyops.events.facility.FacilityEvent;
import io.propertyops.facility.certificate.domain.Certificate;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Where certificates are kept, each marked while the watch has something to do for it. */
public interface CertificateStore {

    /** Inserts a new certificate, marked for the watch; false when one of its id is stored already. */
    boolean insert(Certificate certificate, ZoneId zone);

    /**
     * Replaces the certificate stored at {@code storedVersion} with {@code next} and its event (may be null), and marks
     * it for the watch's next work; false when it changed meanwhile.
     */
    boolean save(Certificate next, long storedVersion, FacilityEvent event, ZoneId zone);

    /** Marks the certificate stored at its version for the watch's next work again. */
    void remark(Certificate certificate, ZoneId zone);

    Optional<Certificate> find(String id);

    /** A piece of equipment's certificates, the latest expiry first. */
    List<Certificate> ofEquipment(String equipmentId);

    /** A community's certificates that are not superseded, the earliest expiry first. */
    List<Certificate> current(String communityId);

    /** At most {@code limit} certificates the watch has something to do for at {@code now}, the earliest first. */
    List<Certificate> due(Instant now, int limit);
}
