package io.propertyops.facility.certificate.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Statutory certificates ({@code propertyops.facility.certificates.*}).
 *
 * @param maxDocumentSize per scanned document; the request body limit of the upload path is set to match
 * @param maxDocuments    scanned documents per certificate
 * @param watchInterval   how often the watch looks for reminders and expiries due
 */
@ConfigurationProperties("propertyops.facility.certificates")
public record CertificateProperties(@DefaultValue("10MB") DataSize maxDocumentSize,
                                    @DefaultValue("10") int maxDocuments,
                                    @DefaultValue("PT1M") Duration watchInterval) {
}
