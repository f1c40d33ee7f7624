package io.propertyops.facility.certificate.domain;

import io.propertyops.events.facility.CertificateExpired;
import io.propertyops.events.facility.CertificateExpiring;
import io.propertyops.events.facility.FacilityEvent;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.RuleViolationException;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A statutory certificate of a piece of equipment (法定检验证书: 电梯年检合格证, 消防检测报告 …), valid through its
 * expiry date in the community's calendar, with its scanned documents. The latest certificate of each kind is watched:
 * reminded of 30 and 7 days before it expires (once each), and at expiry the equipment is held out of service until a
 * newer one is recorded; an older one is superseded by it and watched no more.
 *
 * @param equipmentCode      the equipment's ledger code when recorded, for lists and messages
 * @param remindersSent      the reminders published: 30 and 7 (days before)
 * @param expiredAt          when its expiry was published; null before
 * @param supersededBy       the newer certificate of the same kind and equipment; null while it is the latest
 */
public record Certificate(String id, String equipmentId, String communityId, String equipmentCode, String equipmentName,
                          CertificateKind kind, String number, String issuer, LocalDate issuedOn, LocalDate expiresOn,
                          List<Attachment> documents, List<Integer> remindersSent, Instant expiredAt,
                          String supersededBy, String recordedBy, Instant recordedAt, long version) {

    /** The reminders before expiry, in days, the earliest first. */
    public static final List<Integer> REMINDERS = List.of(30, 7);

    public Certificate {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(equipmentId, "equipmentId");
        Objects.requireNonNull(communityId, "communityId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(issuedOn, "issuedOn");
        Objects.requireNonNull(expiresOn, "expiresOn");
        documents = documents == null ? List.of() : List.copyOf(documents);
        remindersSent = remindersSent == null ? List.of() : List.copyOf(remindersSent);
        if (expiresOn.isBefore(issuedOn)) {
            throw new RuleViolationException("expires-before-issued", "expiresOn",
                    "A certificate cannot expire before it was issued");
        }
    }

    /** A certificate as recorded, at version 1; superseded at once when {@code newerId} names a later one of its kind. */
    public static Certificate record(String id, String equipmentId, String communityId, String equipmentCode,
                                     String equipmentName, CertificateKind kind, String number, String issuer,
                                     LocalDate issuedOn, LocalDate expiresOn, String newerId, String recordedBy, Instant at) {
        return new Certificate(id, equipmentId, communityId, equipmentCode, equipmentName, kind, number, issuer, issuedOn,
                expiresOn, List.of(), List.of(), null, newerId, recordedBy, at, 1);
    }

    /** The id of a certificate of this equipment: the equipment's id first, so its certificates are found by it. */
    public static String newId(String equipmentId, String unique) {
        return equipmentId + "_" + (unique != null ? unique : UUID.randomUUID().toString());
    }

    /** The first instant it is no longer valid: the start of the day after its expiry date. */
    public Instant expiryInstant(ZoneId zone) {
        return expiresOn.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** Expired at {@code now}. */
    public boolean expiredAt(Instant now, ZoneId zone) {
        return !now.isBefore(expiryInstant(zone));
    }

    /**
     * When the watch next has something to do for it — the start of the day of its next reminder, or of the day after
     * it expires — or null when nothing: superseded, or its expiry published.
     */
    public Instant nextDueAt(ZoneId zone) {
        if (supersededBy != null || expiredAt != null) {
            return null;
        }
        for (int days : REMINDERS) {
            if (!remindersSent.contains(days)) {
                return expiresOn.minusDays(days).atStartOfDay(zone).toInstant();
            }
        }
        return expiryInstant(zone);
    }

    /** What the watch does at {@code now}: the certificate after it and the event it publishes. */
    public record Due(Certificate certificate, FacilityEvent event, boolean expired) {
    }

    /**
     * What is due at {@code now}, if anything: at expiry the expiry (the reminders not sent are dropped); before it the
     * latest reminder whose day has come (a certificate recorded 20 days before expiry gets the 30-day reminder at once,
     * with 20 days left; one recorded 5 days before only the 7-day one).
     *
     * @param equipmentCode      the equipment's code now, for the message
     * @param responsibleStaffId the equipment's responsible staff member now
     */
    public Optional<Due> due(Instant now, ZoneId zone, String equipmentCode, String equipmentName,
                             String responsibleStaffId) {
        Instant next = nextDueAt(zone);
        if (next == null || now.isBefore(next)) {
            return Optional.empty();
        }
        String code = equipmentCode != null ? equipmentCode : this.equipmentCode;
        String name = equipmentName != null ? equipmentName : this.equipmentName;
        if (expiredAt(now, zone)) {
            Certificate expired = new Certificate(id, equipmentId, communityId, this.equipmentCode, this.equipmentName, kind,
                    number, issuer, issuedOn, expiresOn, documents, REMINDERS, now, supersededBy, recordedBy, recordedAt,
                    version + 1);
            return Optional.of(new Due(expired, new CertificateExpired(UUID.randomUUID().toString(), id, now,
                    communityId, equipmentId, code, name, kind.name(), number, expiresOn, responsibleStaffId), true));
        }
        LocalDate today = LocalDate.ofInstant(now, zone);
        int daysLeft = (int) ChronoUnit.DAYS.between(today, expiresOn);
        int threshold = REMINDERS.stream().filter(days -> daysLeft <= days).reduce((a, b) -> b).orElseThrow();
        List<Integer> sent = new ArrayList<>(remindersSent);
        REMINDERS.stream().filter(days -> days >= threshold && !sent.contains(days)).forEach(sent::add);
        Certificate reminded = new Certificate(id, equipmentId, communityId, this.equipmentCode, this.equipmentName, kind,
                number, issuer, issuedOn, expiresOn, documents, sent, null, supersededBy, recordedBy, recordedAt,
                version + 1);
        return Optional.of(new Due(reminded, new CertificateExpiring(UUID.randomUUID().toString(), id, now, communityId,
                equipmentId, code, name, kind.name(), number, expiresOn, threshold, daysLeft, responsibleStaffId), false));
    }

    /** Superseded by a newer certificate of its kind: watched no more. */
    public Certificate supersededBy(String newerId) {
        return new Certificate(id, equipmentId, communityId, equipmentCode, equipmentName, kind, number, issuer, issuedOn,
                expiresOn, documents, remindersSent, expiredAt, newerId, recordedBy, recordedAt, version + 1);
    }

    /** With one more scanned document, up to {@code max}. */
    public Certificate withDocument(Attachment document, int max) {
        if (documents.size() >= max) {
            throw new ConflictException("document-limit-reached", "Certificate " + number + " has " + max
                    + " documents already");
        }
        List<Attachment> next = new ArrayList<>(documents);
        next.add(document);
        return new Certificate(id, equipmentId, communityId, equipmentCode, equipmentName, kind, number, issuer, issuedOn,
                expiresOn, next, remindersSent, expiredAt, supersededBy, recordedBy, recordedAt, version + 1);
    }

    public Optional<Attachment> document(String documentId) {
        return documents.stream().filter(d -> d.id().equals(documentId)).findFirst();
    }
}
