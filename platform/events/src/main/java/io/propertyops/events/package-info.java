/**
 * The platform's event contract: topic names, the CloudEvents envelope, the catalogue of event
 * types and the records that carry them, one subpackage per domain.
 *
 * <p>Events travel on Kafka in CloudEvents 1.0 binary mode: the {@code ce_*} attributes are record
 * headers ({@link io.propertyops.events.CloudEventHeaders}) and the data is the event record as JSON
 * ({@link io.propertyops.events.EventJson}). Each type has a stable name with a version
 * ({@code propertyops.ticket.created.v1}), a JSON schema under {@code /schemas/} and an entry in
 * {@code asyncapi.yaml}. Adding a field keeps the version; removing or changing one needs a
 * {@code .v2} type published beside the old one while consumers move.
 *
 * <p>Plain Java and Jackson only, so every service can depend on it.
 */
package io.propertyops.events;
