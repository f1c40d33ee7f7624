package io.propertyops.facility.meter.persistence;

import io.propertyops.facility.meter.application.MeterStore;
import io.propertyops.facility.meter.domain.Apportioning;
import io.propertyops.facility.meter.domain.Meter;
import io.propertyops.facility.meter.domain.MeterKind;
import io.propertyops.facility.meter.domain.Register;
import io.propertyops.facility.meter.domain.Tariff;
import io.propertyops.facility.meter.domain.Verification;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.starter.outbox.HasOutbox;
import io.propertyops.starter.outbox.OutboxMessage;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.index.Indexed;
import org.springframework.data.mongodb.core.mapping.Document;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A meter as stored. {@code verificationMark} is its due mark while a verification reminder waits (sparse, unique:
 * the watch reads what is due through it); the reminder's event waits in {@code pendingEvents}. An owner-read meter
 * has an {@code ownerReadKey}, {@code <communityId>/<page>/<unitId>/<id>} (sparse, unique), by which the reading
 * window's reminders read a community's meters a page at a time: an anchored prefix the embedded store serves from
 * the unique index, real MongoDB as an index range.
 */
@Document(MeterDocument.COLLECTION)
@CompoundIndex(name = "community_serial", def = "{'communityId': 1, 'serial': 1}", unique = true)
@CompoundIndex(name = "id_version", def = "{'_id': 1, 'version': 1}", unique = true)
record MeterDocument(@Id String id, String communityId, MeterKind kind, Tariff tariff, String serial, Location location,
                     String locationName, String equipmentId, BigDecimal multiplier, Integer digits,
                     Map<Register, BigDecimal> initialValues, Instant installedAt, Verification verification,
                     Apportioning apportioning, boolean retired, long version,
                     @Indexed(unique = true, sparse = true) String verificationMark, LocalDate verificationRemindedFor,
                     @Indexed(unique = true, sparse = true) String idempotencyKey,
                     @Indexed(unique = true, sparse = true) String ownerReadKey,
                     List<OutboxMessage> pendingEvents) implements HasOutbox {

    static final String COLLECTION = "meters";
    static final String OWNER_READ_KEY = "ownerReadKey";

    static MeterDocument of(Meter meter, String verificationMark, LocalDate remindedFor, String idempotencyKey) {
        return new MeterDocument(meter.id(), meter.communityId(), meter.kind(), meter.tariff(), meter.serial(),
                meter.location(), meter.locationName(), meter.equipmentId(), meter.multiplier(), meter.digits(),
                meter.initialValues(), meter.installedAt(), meter.verification(), meter.apportioning(), meter.retired(),
                meter.version(), verificationMark, remindedFor, idempotencyKey,
                meter.ownerRead() ? ownerReadPrefix(meter.communityId(), pageOf(meter.unitId())) + meter.unitId() + "/" + meter.id() : null,
                List.of());
    }

    /** The page of a unit's meters: the same for all of them, spreading a community's units evenly. */
    static int pageOf(String unitId) {
        return Math.floorMod(unitId.hashCode(), MeterStore.OWNER_READ_PAGES);
    }

    static String ownerReadPrefix(String communityId, int page) {
        return communityId + "/" + Integer.toHexString(page) + "/";
    }

    Meter toDomain() {
        return new Meter(id, communityId, kind, tariff, serial, location, locationName, equipmentId, multiplier, digits,
                initialValues, installedAt, verification, apportioning, retired, version);
    }

    @Override
    public List<OutboxMessage> getPendingEvents() {
        return pendingEvents == null ? List.of() : pendingEvents;
    }
}
