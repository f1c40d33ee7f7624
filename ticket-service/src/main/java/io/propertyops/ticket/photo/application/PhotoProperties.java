package io.propertyops.ticket.photo.application;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

import java.time.Duration;

/**
 * Work-order photos ({@code propertyops.ticket.photos.*}).
 *
 * @param maxSize         per photo; the request body limit for the upload path is set to the same
 * @param maxPerWorkOrder photos a work order may have, counting uploads under way
 * @param abandonedAfter  an upload not finished by then is taken for dead (its replica stopped) and its slot and
 *                        partial bytes are released; long enough for 10 MB over a poor mobile connection
 */
@ConfigurationProperties("propertyops.ticket.photos")
public record PhotoProperties(
        @DefaultValue("10MB") DataSize maxSize,
        @DefaultValue("9") int maxPerWorkOrder,
        @DefaultValue("PT30M") Duration abandonedAfter) {
}
