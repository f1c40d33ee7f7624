package io.propertyops.billing.fee.application;

import io.propertyops.billing.fee.domain.Attachment;
import io.propertyops.billing.fee.domain.BillingPeriod;
import io.propertyops.billing.fee.domain.FeeItem;
import io.propertyops.billing.fee.domain.FeeKind;
import io.propertyops.billing.fee.domain.FeeStandard;
import io.propertyops.billing.unit.application.UnitAreas;
import io.propertyops.billing.unit.domain.BilledUnit;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.domain.PreconditionFailedException;
import io.propertyops.starter.domain.RuleViolationException;
import io.propertyops.starter.web.Caller;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A community's fee items (收费项目), their standards' history (收费标准) and who they are charged to (收费对象), as
 * finance and the property manager keep them; and what a bill run reads of them.
 */
@Service
public class FeeItems {

    /** The unit types facility-service knows (UnitChanged's {@code type}). */
    static final Set<String> UNIT_TYPES = Set.of("RESIDENTIAL", "SHOP", "OFFICE", "PARKING", "STORAGE", "OTHER");
    private static final int ATTEMPTS = 5;

    public record Created<T>(T value, boolean created) {
    }

    /** An attachment as staff ask for it. */
    public record AttachmentDraft(Attachment.Target target, java.math.BigDecimal amount, LocalDate startsOn,
                                  LocalDate endsOn) {
    }

    private final FeeItemStore items;
    private final AttachmentStore attachments;
    private final UnitAreas units;
    private final Clock clock;

    FeeItems(FeeItemStore items, AttachmentStore attachments, UnitAreas units, Clock clock) {
        this.items = items;
        this.attachments = attachments;
        this.units = units;
        this.clock = clock;
    }

    /** Creates an item with its first standard; a retry with the same Idempotency-Key answers the first. */
    public Created<FeeItem> create(Caller caller, String communityId, FeeKind kind, String name, FeeStandard first,
                                   String idempotencyKey) {
        caller.requireCommunity(communityId);
        String key = scoped(caller, idempotencyKey);
        return once(key, () -> key == null ? Optional.empty() : items.findByIdempotencyKey(key), () -> {
            FeeItem item = FeeItem.create(UUID.randomUUID().toString(), communityId, kind, name, first,
                    clock.instant(), caller.id());
            items.insert(item, key);
            return item;
        });
    }

    public FeeItem get(Caller caller, String id) {
        return items.find(id).filter(item -> caller.inCommunity(item.communityId()))
                .orElseThrow(() -> new NotFoundException("Fee item", id));
    }

    public List<FeeItem> list(Caller caller, String communityId) {
        caller.requireCommunity(communityId);
        return inCommunity(communityId);
    }

    public FeeItem rename(Caller caller, String id, String name, Long expectedVersion) {
        return change(caller, id, expectedVersion, item -> item.renamed(name));
    }

    /**
     * Adds a version of the standard from its date (or replaces the unbilled one of that date); the draft is made
     * once the item is found, so someone else's item answers 404 whatever the body says.
     */
    public FeeItem addStandard(Caller caller, String id, Supplier<FeeStandard> draft, Long expectedVersion) {
        return change(caller, id, expectedVersion, item -> {
            FeeItem next = item.withStandard(draft.get());
            attachmentsOf(item.id(), item.communityId()).forEach(attachment -> attachment.requireFits(next));
            return next;
        });
    }

    /** Attaches the item to payers; a retry with the same Idempotency-Key answers the first. */
    public Created<Attachment> attach(Caller caller, String itemId, AttachmentDraft draft, String idempotencyKey) {
        FeeItem item = get(caller, itemId);
        String key = scoped(caller, idempotencyKey);
        return once(key, () -> key == null ? Optional.empty() : attachments.findByIdempotencyKey(key), () -> {
            Attachment attachment = new Attachment(UUID.randomUUID().toString(), item.communityId(), item.id(),
                    draft.target(), draft.amount(), draft.startsOn(), draft.endsOn(), 1, clock.instant(), caller.id())
                    .requireFits(item);
            requireKnown(attachment);
            attachments.insert(attachment, key);
            return attachment;
        });
    }

    public List<Attachment> attachments(Caller caller, String itemId) {
        FeeItem item = get(caller, itemId);
        return attachmentsOf(item.id(), item.communityId());
    }

    /** Ends an attachment on a day (or opens it again with null): periods after it are not billed to it. */
    public Attachment endAttachment(Caller caller, String itemId, String attachmentId, LocalDate endsOn,
                                    Long expectedVersion) {
        FeeItem item = get(caller, itemId);
        Attachment stored = attachments.find(attachmentId).filter(a -> a.feeItemId().equals(item.id()))
                .orElseThrow(() -> new NotFoundException("Attachment", attachmentId));
        requireVersion(expectedVersion, stored.version(), "attachment");
        Attachment next = stored.endingOn(endsOn);
        if (!attachments.replace(next, stored.version())) {
            throw new PreconditionFailedException("stale-version", "The attachment changed meanwhile; read it again");
        }
        return next;
    }

    // --- what a bill run reads, for a community the caller was checked for ---

    public List<FeeItem> inCommunity(String communityId) {
        return items.inCommunity(communityId).stream()
                .sorted(Comparator.comparing(FeeItem::createdAt).thenComparing(FeeItem::id)).toList();
    }

    public List<Attachment> attachmentsInCommunity(String communityId) {
        return attachments.inCommunity(communityId);
    }

    /**
     * Records that {@code period} is billed at the standard in force on its first day: from now on that version is
     * not edited, and a new one starts after the period's first day. Answers the item as it then is.
     */
    public FeeItem markBilled(String itemId, BillingPeriod period) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            FeeItem item = items.find(itemId).orElseThrow(() -> new NotFoundException("Fee item", itemId));
            FeeItem billed = item.billed(period);
            if (billed == item || items.replace(billed, item.version())) {
                return billed;
            }
        }
        throw new OptimisticLockingFailureException("Fee item " + itemId + " kept changing");
    }

    private FeeItem change(Caller caller, String id, Long expectedVersion, Function<FeeItem, FeeItem> change) {
        FeeItem stored = get(caller, id);
        requireVersion(expectedVersion, stored.version(), "fee item");
        FeeItem next = change.apply(stored);
        if (!items.replace(next, stored.version())) {
            throw new PreconditionFailedException("stale-version", "The fee item changed meanwhile; read it again");
        }
        return next;
    }

    private List<Attachment> attachmentsOf(String itemId, String communityId) {
        return attachments.inCommunity(communityId).stream().filter(a -> a.feeItemId().equals(itemId))
                .sorted(Comparator.comparing(Attachment::createdAt).thenComparing(Attachment::id)).toList();
    }

    private void requireKnown(Attachment attachment) {
        Attachment.Target target = attachment.target();
        switch (target.kind()) {
            case UNIT -> {
                Optional<BilledUnit> unit = units.unit(target.id());
                if (unit.isEmpty() || !unit.get().communityId().equals(attachment.communityId())) {
                    throw new RuleViolationException("unknown-unit", "target.id", "Billing knows no unit " + target.id()
                            + " in this community (units arrive from facility-service)");
                }
            }
            case UNIT_TYPE -> {
                if (!UNIT_TYPES.contains(target.id())) {
                    throw new RuleViolationException("unknown-unit-type", "target.id", "A unit type is one of " + UNIT_TYPES);
                }
            }
            default -> {
            }
        }
    }

    private static void requireVersion(Long expected, long actual, String what) {
        if (expected != null && expected != actual) {
            throw new PreconditionFailedException("stale-version", "The " + what + " is at version " + actual);
        }
    }

    private static String scoped(Caller caller, String idempotencyKey) {
        return idempotencyKey == null ? null : caller.id() + ":" + idempotencyKey;
    }

    private static <T> Created<T> once(String key, Supplier<Optional<T>> earlier, Supplier<T> create) {
        Optional<T> found = earlier.get();
        if (found.isPresent()) {
            return new Created<>(found.get(), false);
        }
        try {
            return new Created<>(create.get(), true);
        } catch (DuplicateKeyException raced) {
            return new Created<>(earlier.get().orElseThrow(() -> raced), false);
        }
    }
}
