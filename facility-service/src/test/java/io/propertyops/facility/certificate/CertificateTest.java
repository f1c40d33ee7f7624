package io.propertyops.facility.certificate;

import io.propertyops.events.facility.CertificateExpired;
import io.propertyops.events.facility.CertificateExpiring;
import io.propertyops.facility.certificate.domain.Certificate;
import io.propertyops.facility.certificate.domain.CertificateKind;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

class CertificateTest {

    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Certificate liftInspection(String expiresOn) {
        return Certificate.record("lift-1_c1", "lift-1", "community-1", "LIFT-03-A", "3号楼 A 梯",
                CertificateKind.LIFT_ANNUAL_INSPECTION, "TSX-1", "检测院", LocalDate.parse("2025-12-20"),
                LocalDate.parse(expiresOn), null, "pm-1", Instant.parse("2026-01-01T00:00:00Z"));
    }

    /** 2026-12-31 expires: reminders at the start of Dec 1 and Dec 24 (Shanghai), expiry at the start of Jan 1. */
    @Test
    void remindsThirtyAndSevenDaysBeforeOnceEachThenExpires() {
        Certificate certificate = liftInspection("2026-12-31");
        assertThat(certificate.nextDueAt(SHANGHAI)).isEqualTo(Instant.parse("2026-11-30T16:00:00Z"));
        assertThat(certificate.due(Instant.parse("2026-11-30T15:59:59Z"), SHANGHAI, null, null, null)).isEmpty();

        Certificate.Due thirty = certificate.due(Instant.parse("2026-11-30T16:00:00Z"), SHANGHAI, null, null, "tech-1").orElseThrow();
        assertThat(thirty.event()).isInstanceOfSatisfying(CertificateExpiring.class, e -> {
            assertThat(e.threshold()).isEqualTo(30);
            assertThat(e.daysLeft()).isEqualTo(30);
            assertThat(e.responsibleStaffId()).isEqualTo("tech-1");
        });
        assertThat(thirty.certificate().nextDueAt(SHANGHAI)).isEqualTo(Instant.parse("2026-12-23T16:00:00Z"));
        assertThat(thirty.certificate().due(Instant.parse("2026-12-20T00:00:00Z"), SHANGHAI, null, null, null)).isEmpty();

        Certificate.Due seven = thirty.certificate().due(Instant.parse("2026-12-24T01:00:00Z"), SHANGHAI, null, null, null)
                .orElseThrow();
        assertThat(((CertificateExpiring) seven.event()).threshold()).isEqualTo(7);
        assertThat(seven.certificate().nextDueAt(SHANGHAI)).isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));

        Certificate.Due expired = seven.certificate().due(Instant.parse("2026-12-31T16:00:00Z"), SHANGHAI, null, null, null)
                .orElseThrow();
        assertThat(expired.expired()).isTrue();
        assertThat(expired.event()).isInstanceOf(CertificateExpired.class);
        assertThat(expired.certificate().nextDueAt(SHANGHAI)).isNull();
    }

    @Test
    void remindsAtOnceWithTheDaysReallyLeftWhenRecordedLate() {
        Certificate certificate = liftInspection("2026-01-21");

        Certificate.Due due = certificate.due(Instant.parse("2026-01-01T02:00:00Z"), SHANGHAI, null, null, null).orElseThrow();

        CertificateExpiring event = (CertificateExpiring) due.event();
        assertThat(event.threshold()).isEqualTo(30);
        assertThat(event.daysLeft()).isEqualTo(20);
        Certificate.Due late = liftInspection("2026-01-05").due(Instant.parse("2026-01-01T02:00:00Z"), SHANGHAI, null, null,
                null).orElseThrow();
        assertThat(((CertificateExpiring) late.event()).threshold()).isEqualTo(7);
        assertThat(late.certificate().remindersSent()).containsExactlyInAnyOrder(30, 7);
    }

    @Test
    void isNotWatchedOnceSuperseded() {
        assertThat(liftInspection("2026-12-31").supersededBy("lift-1_c2").nextDueAt(SHANGHAI)).isNull();
    }
}
