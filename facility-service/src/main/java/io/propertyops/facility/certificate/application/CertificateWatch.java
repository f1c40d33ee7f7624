package io.propertyops.facility.certificate.application;

import io.propertyops.facility.certificate.domain.Certificate;
import io.propertyops.starter.scheduling.DueWorkJob;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Watches certificates' expiry, one replica at a time: each run reads the certificates whose due mark has come (the
 * start of the day of a reminder, or of the day after expiry) — not every certificate kept — and publishes each
 * reminder or expiry once: the certificate records it in the same version-checked write as the event, so two runs
 * that overlap publish it once. One that fails does not hold back the others.
 */
@Component
public class CertificateWatch extends DueWorkJob<Certificate> {

    private static final Logger log = LoggerFactory.getLogger(CertificateWatch.class);

    private final CertificateStore store;
    private final Certificates certificates;

    CertificateWatch(CertificateStore store, Certificates certificates, CertificateProperties properties, Clock clock,
                     MongoTemplate mongo) {
        super("certificate-watch", properties.watchInterval(), Duration.ofMinutes(5), mongo, clock, 200);
        this.store = store;
        this.certificates = certificates;
    }

    @Override
    protected List<Certificate> due(Instant now, int limit) {
        return store.due(now, limit);
    }

    @Override
    protected boolean attempt(Certificate certificate, Instant now) {
        return certificates.watch(certificate, now);
    }

    @Override
    protected void failed(Certificate certificate, RuntimeException error) {
        log.warn("Certificate {} could not be watched; the next run tries again", certificate.id(), error);
    }
}
