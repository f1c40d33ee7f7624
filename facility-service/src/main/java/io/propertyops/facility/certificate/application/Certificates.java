package io.propertyops.facility.certificate.application;

import io.propertyops.facility.certificate.domain.Attachment;
import io.propertyops.facility.certificate.domain.AttachmentType;
import io.propertyops.facility.certificate.domain.Certificate;
import io.propertyops.facility.certificate.domain.CertificateKind;
import io.propertyops.facility.equipment.application.EquipmentLedger;
import io.propertyops.facility.equipment.application.EquipmentProperties;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.PayloadTooLargeException;
import org.springframework.stereotype.Service;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Statutory certificates of the ledger's equipment (电梯年检, 消防检测, 压力容器, 防雷检测): staff of the community record
 * them with their scanned documents and see which expire soon. Recording a newer certificate of a kind supersedes the
 * older ones and lifts the hold their expiry put on the equipment.
 */
@Service
public class Certificates {

    private static final int ATTEMPTS = 5;

    private final CertificateStore store;
    private final AttachmentStore attachments;
    private final EquipmentLedger ledger;
    private final CertificateProperties properties;
    private final ZoneId zone;
    private final Clock clock;

    Certificates(CertificateStore store, AttachmentStore attachments, EquipmentLedger ledger,
                 CertificateProperties properties, EquipmentProperties equipment, Clock clock) {
        this.store = store;
        this.attachments = attachments;
        this.ledger = ledger;
        this.properties = properties;
        this.zone = equipment.zone();
        this.clock = clock;
    }

    public record NewCertificate(CertificateKind kind, String number, String issuer, LocalDate issuedOn,
                                 LocalDate expiresOn) {
    }

    /** A certificate, and whether this request recorded it (false: an earlier one with the same key did). */
    public record Recorded(Certificate certificate, boolean created) {
    }

    /** The bytes of a scanned document, to be closed by whoever reads them. */
    public record Content(Attachment document, InputStream bytes) {
    }

    /**
     * Records a certificate of a piece of equipment of the caller's communities. When it is the latest of its kind, the
     * older ones are superseded, and — unless it has expired itself — the holds their expiry put on the equipment are
     * lifted. One older than the latest is kept as history, superseded at once.
     */
    public Recorded record(Caller caller, String equipmentId, NewCertificate certificate, String idempotencyKey) {
        Equipment equipment = ledger.get(caller, equipmentId);
        String id = Certificate.newId(equipmentId, idempotencyKey == null ? null : UUID.nameUUIDFromBytes(
                (caller.id() + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString());
        Optional<Certificate> earlier = store.find(id);
        if (earlier.isPresent()) {
            return new Recorded(earlier.get(), false);
        }
        List<Certificate> sameKind = store.ofEquipment(equipmentId).stream()
                .filter(c -> c.kind() == certificate.kind()).toList();
        String newerId = sameKind.stream().filter(c -> c.supersededBy() == null)
                .filter(c -> c.expiresOn().isAfter(certificate.expiresOn())).map(Certificate::id).findFirst().orElse(null);
        Instant now = clock.instant();
        Certificate recorded = Certificate.record(id, equipmentId, equipment.communityId(), equipment.details().code(),
                equipment.details().name(), certificate.kind(), certificate.number(), certificate.issuer(),
                certificate.issuedOn(), certificate.expiresOn(), newerId, caller.id(), now);
        if (!store.insert(recorded, zone)) {
            return new Recorded(store.find(id).orElseThrow(), false);
        }
        if (newerId == null) {
            List<Certificate> older = sameKind.stream().filter(c -> c.supersededBy() == null).toList();
            older.forEach(c -> supersede(c.id(), id));
            if (!recorded.expiredAt(now, zone)) {
                Set<String> held = sameKind.stream().map(Certificate::id).collect(Collectors.toSet());
                ledger.release(equipmentId, held, "certificate " + recorded.number() + " recorded", caller.id());
            }
        }
        return new Recorded(recorded, true);
    }

    /** A piece of equipment's certificates, the latest expiry first. */
    public List<Certificate> ofEquipment(Caller caller, String equipmentId) {
        ledger.get(caller, equipmentId);
        return store.ofEquipment(equipmentId);
    }

    /**
     * A community's current certificates (not superseded), the earliest expiry first; with {@code expiringWithinDays},
     * those that expire within so many days from today or have expired.
     */
    public List<Certificate> inCommunity(Caller caller, String communityId, Integer expiringWithinDays) {
        caller.requireCommunity(communityId);
        LocalDate last = expiringWithinDays == null ? null
                : LocalDate.ofInstant(clock.instant(), zone).plusDays(expiringWithinDays);
        return store.current(communityId).stream()
                .filter(c -> last == null || !c.expiresOn().isAfter(last))
                .sorted(Comparator.comparing(Certificate::expiresOn)).toList();
    }

    /** Today in the communities' calendar. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    public Certificate get(Caller caller, String id) {
        return store.find(id).filter(c -> caller.inCommunity(c.communityId()))
                .orElseThrow(() -> new NotFoundException("Certificate", id));
    }

    /**
     * Stores a scanned document (PDF or JPEG, told by its first bytes) of a certificate the caller may see. A refused
     * upload stores nothing.
     *
     * @param size the part's size in bytes, as received whole
     * @throws UnsupportedDocumentException neither a PDF nor a JPEG (415)
     * @throws PayloadTooLargeException     over the size limit (413)
     * @throws ConflictException            {@code document-limit-reached} (409)
     */
    public Attachment upload(Caller caller, String certificateId, String fileName, String declaredType,
                             long size, InputStream content) throws IOException {
        Certificate certificate = get(caller, certificateId);
        if (content == null) {
            throw new RuleViolationException("file-required", "file", "Send the document as the multipart part 'file'");
        }
        if (certificate.documents().size() >= properties.maxDocuments()) {
            throw new ConflictException("document-limit-reached", "Certificate " + certificate.number() + " has "
                    + properties.maxDocuments() + " documents already");
        }
        if (AttachmentType.declared(declaredType).isEmpty()) {
            throw new UnsupportedDocumentException("Documents are sent as application/pdf or image/jpeg, not " + declaredType);
        }
        long maxBytes = properties.maxDocumentSize().toBytes();
        if (size > maxBytes) {
            throw new PayloadTooLargeException(maxBytes);
        }
        byte[] head = content.readNBytes(AttachmentType.HEAD_LENGTH);
        AttachmentType type = AttachmentType.sniff(head)
                .orElseThrow(() -> new UnsupportedDocumentException("The content is not a PDF or a JPEG image"));
        String documentId = UUID.randomUUID().toString();
        String name = fileName == null || fileName.isBlank() ? documentId : fileName.strip();
        name = name.length() > 120 ? name.substring(name.length() - 120) : name;
        try {
            attachments.write(documentId, certificateId, name, type.mediaType(),
                    new SequenceInputStream(new ByteArrayInputStream(head), content));
            Attachment document = new Attachment(documentId, name, type.mediaType(), size, caller.id(), clock.instant());
            for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
                Certificate stored = store.find(certificateId).orElseThrow(() -> new NotFoundException("Certificate",
                        certificateId));
                if (store.save(stored.withDocument(document, properties.maxDocuments()), stored.version(), null, zone)) {
                    return document;
                }
            }
            throw new ConflictException("concurrent-update", "Certificate " + certificate.number() + " kept changing; "
                    + "send the document again");
        } catch (RuntimeException e) {
            attachments.delete(documentId);
            throw e;
        }
    }

    public Content open(Caller caller, String certificateId, String documentId) throws IOException {
        Attachment document = get(caller, certificateId).document(documentId)
                .orElseThrow(() -> new NotFoundException("Document", documentId));
        return attachments.open(documentId).map(bytes -> new Content(document, bytes))
                .orElseThrow(() -> new NotFoundException("Document", documentId));
    }

    /**
     * Does what is due for one certificate at {@code now}: a reminder, or at expiry the equipment held out of service
     * (first, so that a run that dies in between holds it when the next run publishes) and the expiry published. The
     * certificate's write is version-checked, so two runs at once publish once.
     *
     * @return whether it published something
     */
    public boolean watch(Certificate certificate, Instant now) {
        Optional<Equipment> equipment = ledger.find(certificate.equipmentId());
        Optional<Certificate.Due> due = certificate.due(now, zone,
                equipment.map(e -> e.details().code()).orElse(null), equipment.map(e -> e.details().name()).orElse(null),
                equipment.map(e -> e.details().responsibleStaffId()).orElse(null));
        if (due.isEmpty()) {
            store.remark(certificate, zone); // marked for a time that is not its due time (the zone was changed)
            return false;
        }
        if (due.get().expired()) {
            ledger.hold(certificate.equipmentId(), certificate.id(), certificate.kind().name() + " certificate "
                    + certificate.number() + " expired on " + certificate.expiresOn());
        }
        return store.save(due.get().certificate(), certificate.version(), due.get().event(), zone);
    }

    private void supersede(String olderId, String newerId) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Certificate> stored = store.find(olderId);
            if (stored.isEmpty() || stored.get().supersededBy() != null
                    || store.save(stored.get().supersededBy(newerId), stored.get().version(), null, zone)) {
                return;
            }
        }
    }
}
