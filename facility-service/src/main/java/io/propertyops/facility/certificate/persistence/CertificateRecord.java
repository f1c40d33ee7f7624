package io.propertyops.facility.certificate.persistence;

import io.propertyops.facility.certificate.domain.Attachment;
import io.propertyops.facility.certificate.domain.Certificate;
import io.propertyops.facility.certificate.domain.CertificateKind;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import io.propertyops.starter.persistence.DueMarks;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * A certificate as stored. Its id begins with its equipment's id, so an equipment's certificates are read by an
 * anchored expression on {@code _id}; {@code dueMark} is present while the watch has something to do for it (a unique
 * sparse index the watch reads instead of every certificate); {@code {_id, version}} serves the version-checked write
 * on the embedded store; {@code {communityId, expiresOn}} a community's list on MongoDB.
 */
@Document(CertificateRecord.COLLECTION)
@CompoundIndex(name = "due_mark", def = "{'dueMark': 1}", unique = true, sparse = true)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
@CompoundIndex(name = "community_expiry", def = "{'communityId': 1, 'expiresOn': 1}")
record CertificateRecord(@Id String id, String equipmentId, String communityId, String equipmentCode,
                         String equipmentName, CertificateKind kind, String number, String issuer, LocalDate issuedOn,
                         LocalDate expiresOn, List<Attachment> documents, List<Integer> remindersSent, Instant expiredAt,
                         String supersededBy, String recordedBy, Instant recordedAt, long version, String dueMark,
                         List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "certificates";
    static final String DUE_MARK = "dueMark";

    static CertificateRecord of(Certificate c, ZoneId zone, List<OutboxMessage> events) {
        return new CertificateRecord(c.id(), c.equipmentId(), c.communityId(), c.equipmentCode(), c.equipmentName(),
                c.kind(), c.number(), c.issuer(), c.issuedOn(), c.expiresOn(), c.documents(), c.remindersSent(),
                c.expiredAt(), c.supersededBy(), c.recordedBy(), c.recordedAt(), c.version(), dueMark(c, zone), events);
    }

    /** Present while the watch has something to do for it: the time of that, and the id. */
    static String dueMark(Certificate c, ZoneId zone) {
        Instant due = c.nextDueAt(zone);
        return due == null ? null : DueMarks.of("", due, c.id());
    }

    Certificate toDomain() {
        return new Certificate(id, equipmentId, communityId, equipmentCode, equipmentName, kind, number, issuer, issuedOn,
                expiresOn, documents, remindersSent, expiredAt, supersededBy, recordedBy, recordedAt, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
