package io.propertyops.facility.handover.domain;

import io.propertyops.starter.domain.ConflictException;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The move-in (入住) handover checklist of one unit. Staff fill it in as the handover goes; it is complete when every
 * inspection item has a result (a defect with a note of what is wrong), keys were handed over, the water and
 * electricity meters were read (and the gas meter, where the list has one), every document listed was received,
 * the owner acknowledged the residents' handbook (业主手册) and the owner is named. Completing it is final.
 *
 * @param version 0 for a checklist not stored yet, 1 when first saved, one more with every change
 */
public record Handover(String unitId, String communityId, String ownerId, List<InspectionItem> items,
                       List<KeySet> keys, List<MeterReading> readings, List<DocumentReceived> documents,
                       boolean handbookAcknowledged, Instant completedAt, String completedBy, long version) {

    /** The meters read at every handover; a gas meter is read where the list has one. */
    public static final Set<MeterKind> REQUIRED_METERS = EnumSet.of(MeterKind.WATER, MeterKind.ELECTRICITY);

    public Handover {
        Objects.requireNonNull(unitId, "unitId");
        Objects.requireNonNull(communityId, "communityId");
        items = items == null ? List.of() : List.copyOf(items);
        keys = keys == null ? List.of() : List.copyOf(keys);
        readings = readings == null ? List.of() : List.copyOf(readings);
        documents = documents == null ? List.of() : List.copyOf(documents);
    }

    /** How an inspection item was found: passed, or a defect (with a note of what is wrong); null while not checked. */
    public enum Result {
        PASS,
        DEFECT
    }

    public enum MeterKind {
        WATER,
        ELECTRICITY,
        GAS
    }

    /** An item inspected with the owner: 墙面, 地面, 门窗… */
    public record InspectionItem(String name, Result result, String note) {

        public InspectionItem {
            Objects.requireNonNull(name, "name");
        }
    }

    /** Keys handed over: what they open, and how many. */
    public record KeySet(String kind, int count) {

        public KeySet {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A meter's reading at handover, the first the owner pays from. */
    public record MeterReading(MeterKind kind, BigDecimal value) {

        public MeterReading {
            Objects.requireNonNull(kind, "kind");
        }
    }

    /** A document the owner is to receive (质量保证书, 使用说明书…), and whether it was. */
    public record DocumentReceived(String name, boolean received) {

        public DocumentReceived {
            Objects.requireNonNull(name, "name");
        }
    }

    /** What staff record on the checklist. */
    public record Entries(String ownerId, List<InspectionItem> items, List<KeySet> keys, List<MeterReading> readings,
                          List<DocumentReceived> documents, boolean handbookAcknowledged) {
    }

    /** One part of the checklist that is not complete yet. */
    public record Missing(String part, String message) {
    }

    /** A new checklist with the usual items and documents, nothing recorded yet. */
    public static Handover draft(String unitId, String communityId) {
        return new Handover(unitId, communityId, null,
                List.of("入户门", "墙面", "地面", "门窗", "水电", "卫生间", "厨房", "阳台").stream()
                        .map(name -> new InspectionItem(name, null, null)).toList(),
                List.of(), List.of(),
                List.of("住宅质量保证书", "住宅使用说明书", "业主手册").stream()
                        .map(name -> new DocumentReceived(name, false)).toList(),
                false, null, null, 0);
    }

    public boolean isCompleted() {
        return completedAt != null;
    }

    /**
     * The checklist with these entries, at the next version.
     *
     * @throws ConflictException when it is completed already
     */
    public Handover recorded(Entries entries) {
        requireOpen();
        return new Handover(unitId, communityId, entries.ownerId(), entries.items(), entries.keys(), entries.readings(),
                entries.documents(), entries.handbookAcknowledged(), null, null, version + 1);
    }

    /** What is not complete yet, part by part; empty when the handover may be completed. */
    public List<Missing> missing() {
        List<Missing> missing = new ArrayList<>();
        if (items.isEmpty()) {
            missing.add(new Missing("items", "No item was inspected"));
        }
        for (InspectionItem item : items) {
            if (item.result() == null) {
                missing.add(new Missing("items", item.name() + " has no result"));
            } else if (item.result() == Result.DEFECT && (item.note() == null || item.note().isBlank())) {
                missing.add(new Missing("items", item.name() + " has a defect without a note of what is wrong"));
            }
        }
        if (keys.stream().noneMatch(key -> key.count() > 0)) {
            missing.add(new Missing("keys", "No keys were handed over"));
        }
        for (MeterKind kind : MeterKind.values()) {
            boolean listed = readings.stream().anyMatch(reading -> reading.kind() == kind);
            boolean read = readings.stream().anyMatch(reading -> reading.kind() == kind && reading.value() != null);
            if ((REQUIRED_METERS.contains(kind) || listed) && !read) {
                missing.add(new Missing("readings", "The " + kind.name().toLowerCase() + " meter was not read"));
            }
        }
        if (documents.isEmpty()) {
            missing.add(new Missing("documents", "No document is listed"));
        }
        documents.stream().filter(document -> !document.received())
                .forEach(document -> missing.add(new Missing("documents", document.name() + " was not received")));
        if (!handbookAcknowledged) {
            missing.add(new Missing("handbook", "The owner has not acknowledged the handbook"));
        }
        if (ownerId == null || ownerId.isBlank()) {
            missing.add(new Missing("owner", "The owner is not named"));
        }
        return missing;
    }

    /**
     * The checklist completed by {@code by} at {@code at}, at the next version.
     *
     * @throws ConflictException   when it is completed already
     * @throws HandoverIncomplete when a part is not complete
     */
    public Handover completed(String by, Instant at) {
        requireOpen();
        List<Missing> missing = missing();
        if (!missing.isEmpty()) {
            throw new HandoverIncomplete(missing);
        }
        return new Handover(unitId, communityId, ownerId, items, keys, readings, documents, handbookAcknowledged, at,
                by, version + 1);
    }

    private void requireOpen() {
        if (isCompleted()) {
            throw new ConflictException("handover-completed", "The handover of this unit was completed at " + completedAt);
        }
    }
}
