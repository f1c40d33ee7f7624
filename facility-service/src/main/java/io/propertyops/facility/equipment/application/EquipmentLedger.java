package io.propertyops.facility.equipment.application;

import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentDetails;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.facility.equipment.domain.Reliability;
import io.propertyops.starter.domain.ConflictException;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.stereotype.Service;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The equipment ledger (设施设备台账): staff register and edit equipment of their communities, change its state, ask for
 * it to be scrapped and approve that, and read its history and reliability; owners find a common-area asset by its
 * QR label. Someone else's equipment answers 404.
 */
@Service
public class EquipmentLedger {

    /** How often a change is tried again when another change (an event, a second editor) came in between. */
    private static final int ATTEMPTS = 5;
    private static final char[] QR_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int MAX_PARENT_DEPTH = 10;

    private final EquipmentStore store;
    private final EquipmentProperties properties;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    EquipmentLedger(EquipmentStore store, EquipmentProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** New equipment, and whether this request created it (false: an earlier request with the same key did). */
    public record Registered(Equipment equipment, boolean created) {
    }

    /** A community's (or a type's) reliability: the sum of its equipment's, and each one's. */
    public record CommunityReliability(LocalDate from, LocalDate to, Reliability.Figures total, List<Item> items) {

        public record Item(Equipment equipment, Reliability.Figures figures) {
        }
    }

    /**
     * Registers equipment in a community of the caller's. A retry with the same Idempotency-Key answers what the first
     * request created.
     */
    public Registered register(Caller caller, String communityId, EquipmentDetails details, EquipmentState initial,
                               String idempotencyKey) {
        caller.requireCommunity(communityId);
        String id = idempotencyKey == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes((caller.id() + ":" + idempotencyKey).getBytes(StandardCharsets.UTF_8)).toString();
        if (idempotencyKey != null) {
            Optional<Equipment> earlier = store.find(id);
            if (earlier.isPresent()) {
                return new Registered(visible(caller, earlier.get()), false);
            }
        }
        checkParent(communityId, id, details.parentId());
        Equipment equipment = Equipment.register(id, communityId, details, newQrCode(), initial, caller.id(), clock.instant());
        if (!store.insert(equipment)) {
            return new Registered(visible(caller, store.find(id).orElseThrow()), false);
        }
        return new Registered(equipment, true);
    }

    public Equipment get(Caller caller, String id) {
        return visible(caller, store.find(id).orElseThrow(() -> notFound(id)));
    }

    public EquipmentStore.Listing list(Caller caller, String communityId, EquipmentType type, EquipmentState state,
                                       String search, int page, int size) {
        caller.requireCommunity(communityId);
        return store.list(communityId, type, state, search == null || search.isBlank() ? null : search.strip(), page, size);
    }

    /** Edits the ledger facts, on the version the caller read when they send one. */
    public Equipment update(Caller caller, String id, EquipmentDetails details, Long expectedVersion) {
        return change(caller, id, expectedVersion, equipment -> {
            checkParent(equipment.communityId(), id, details.parentId());
            return new Equipment.Changed(equipment.edit(details, caller.id(), clock.instant()), null);
        });
    }

    public Equipment changeState(Caller caller, String id, EquipmentState to, String reason, String workOrderId,
                                 boolean corrective, Long expectedVersion) {
        return change(caller, id, expectedVersion,
                equipment -> equipment.changeState(to, reason, workOrderId, corrective, caller.id(), clock.instant()));
    }

    public Equipment requestScrap(Caller caller, String id, String reason, Long expectedVersion) {
        String requestId = Equipment.newRequestId();
        return change(caller, id, expectedVersion, equipment ->
                new Equipment.Changed(equipment.requestScrap(requestId, reason, caller.id(), clock.instant()), null));
    }

    public Equipment approveScrap(Caller caller, String id, String requestId, String note, Long expectedVersion) {
        return change(caller, id, expectedVersion,
                equipment -> equipment.approveScrap(requestId, caller.id(), note, clock.instant()));
    }

    public Equipment rejectScrap(Caller caller, String id, String requestId, String note, Long expectedVersion) {
        return change(caller, id, expectedVersion, equipment ->
                new Equipment.Changed(equipment.rejectScrap(requestId, caller.id(), note, clock.instant()), null));
    }

    /** Reliability figures over the days {@code from} to {@code to}, both included. */
    public record Report(LocalDate from, LocalDate to, Reliability.Figures figures) {
    }

    /**
     * One piece's reliability over the days {@code from} to {@code to}, both included, in the communities' calendar;
     * without them, the last twelve months to today.
     */
    public Report reliability(Caller caller, String id, LocalDate from, LocalDate to) {
        Equipment equipment = get(caller, id);
        LocalDate last = lastDay(to);
        LocalDate first = firstDay(from, last);
        return new Report(first, last, Reliability.of(equipment, period(first, last), clock.instant(),
                properties.repeatWindow()));
    }

    /** A community's equipment (of a type, when given) over the days {@code from} to {@code to}, both included. */
    public CommunityReliability reliability(Caller caller, String communityId, EquipmentType type, LocalDate from,
                                            LocalDate to) {
        caller.requireCommunity(communityId);
        LocalDate last = lastDay(to);
        LocalDate first = firstDay(from, last);
        Reliability.Period period = period(first, last);
        Instant now = clock.instant();
        List<CommunityReliability.Item> items = store.all(communityId, type).stream()
                .map(e -> new CommunityReliability.Item(e, Reliability.of(e, period, now, properties.repeatWindow())))
                .toList();
        Reliability.Figures total = items.stream().map(CommunityReliability.Item::figures)
                .reduce(Reliability.Figures.NONE, Reliability.Figures::plus);
        return new CommunityReliability(first, last, total, items);
    }

    /**
     * For an owner or resident: the common-area asset whose QR label carries {@code qrCode}, in a community they live
     * in. A unit's or a sold space's equipment, a scrapped one and another community's answer 404.
     */
    public Equipment byQrCode(Caller caller, String qrCode) {
        return store.findByQrCode(qrCode)
                .filter(e -> caller.inCommunity(e.communityId()) && e.publicAsset())
                .orElseThrow(() -> new NotFoundException("Equipment", qrCode));
    }

    /** The equipment of this id, whoever asks: for features that have checked the caller themselves. */
    public Optional<Equipment> find(String id) {
        return store.find(id);
    }

    /** Holds the equipment out of service (an expired certificate), once per hold. */
    public void hold(String equipmentId, String holdId, String reason) {
        apply(equipmentId, equipment -> equipment.hold(holdId, reason, clock.instant())
                .map(held -> new Equipment.Changed(held, null)));
    }

    /** Lifts these holds from the equipment (a valid certificate recorded); nothing when it had none of them. */
    public void release(String equipmentId, Set<String> holdIds, String reason, String actorId) {
        apply(equipmentId, equipment -> equipment.release(holdIds, reason, actorId, clock.instant())
                .map(released -> new Equipment.Changed(released, null)));
    }

    /**
     * Applies a change that may turn out to be no change (an event seen before) to the equipment as stored, trying
     * again when another change came in between. Nothing when the equipment is unknown.
     */
    public void apply(String equipmentId, Function<Equipment, Optional<Equipment.Changed>> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Optional<Equipment> stored = store.find(equipmentId);
            if (stored.isEmpty()) {
                return;
            }
            Optional<Equipment.Changed> changed = change.apply(stored.get());
            if (changed.isEmpty() || store.save(changed.get().equipment(), stored.get().version(), changed.get().event())) {
                return;
            }
        }
        throw new ConflictException("concurrent-update", "Equipment " + equipmentId + " kept changing; try again");
    }

    private Equipment change(Caller caller, String id, Long expectedVersion, Function<Equipment, Equipment.Changed> change) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            Equipment stored = get(caller, id);
            if (expectedVersion != null && expectedVersion != stored.version()) {
                throw new StaleVersionException(stored.details().code(), expectedVersion, stored.version());
            }
            Equipment.Changed changed = change.apply(stored);
            if (store.save(changed.equipment(), stored.version(), changed.event())) {
                return changed.equipment();
            }
        }
        throw new ConflictException("concurrent-update", "Equipment " + id + " kept changing; try again");
    }

    private LocalDate lastDay(LocalDate to) {
        return to != null ? to : LocalDate.now(clock.withZone(properties.zone()));
    }

    private static LocalDate firstDay(LocalDate from, LocalDate last) {
        return from != null ? from : last.minusYears(1).plusDays(1);
    }

    private Reliability.Period period(LocalDate first, LocalDate last) {
        ZoneId zone = properties.zone();
        if (last.isBefore(first)) {
            throw new RuleViolationException("invalid-period", "to", "The period ends on or after the day it begins");
        }
        if (first.plusYears(10).isBefore(last)) {
            throw new RuleViolationException("invalid-period", "from", "A period spans at most ten years");
        }
        return new Reliability.Period(first.atStartOfDay(zone).toInstant(), last.plusDays(1).atStartOfDay(zone).toInstant());
    }

    /** The parent must be other equipment of the same community, and not below this one. */
    private void checkParent(String communityId, String id, String parentId) {
        Set<String> seen = new HashSet<>(Set.of(id));
        String current = parentId;
        for (int depth = 0; current != null; depth++) {
            if (!seen.add(current) || depth >= MAX_PARENT_DEPTH) {
                throw new RuleViolationException("parent-cycle", "parentId",
                        "The parent equipment cannot be the equipment itself or part of it");
            }
            Optional<Equipment> parent = store.find(current);
            if (parent.isEmpty() || !parent.get().communityId().equals(communityId)) {
                throw new RuleViolationException("unknown-parent", "parentId",
                        "The parent equipment is not in this community's ledger");
            }
            current = parent.get().details().parentId();
        }
    }

    private Equipment visible(Caller caller, Equipment equipment) {
        if (!caller.inCommunity(equipment.communityId())) {
            throw notFound(equipment.id());
        }
        return equipment;
    }

    private static NotFoundException notFound(String id) {
        return new NotFoundException("Equipment", id);
    }

    /** 20 characters of Crockford's base32 (100 random bits), with a prefix that says what it is: never the id. */
    private String newQrCode() {
        StringBuilder code = new StringBuilder("EQ-");
        for (int i = 0; i < 20; i++) {
            code.append(QR_ALPHABET[random.nextInt(QR_ALPHABET.length)]);
        }
        return code.toString();
    }
}
