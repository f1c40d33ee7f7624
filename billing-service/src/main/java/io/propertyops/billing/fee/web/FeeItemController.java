package io.propertyops.billing.fee.web;

import io.propertyops.billing.fee.application.FeeItems;
import io.propertyops.billing.fee.domain.Attachment;
import io.propertyops.billing.fee.domain.BillingMode;
import io.propertyops.billing.fee.domain.Cycle;
import io.propertyops.billing.fee.domain.DueRule;
import io.propertyops.billing.fee.domain.FeeItem;
import io.propertyops.billing.fee.domain.FeeKind;
import io.propertyops.billing.fee.domain.FeeStandard;
import io.propertyops.billing.fee.domain.Formula;
import io.propertyops.billing.fee.domain.Rounding;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Fee items", description = "A community's fee items (收费项目), the history of their standards (收费标准) "
        + "and who they are charged to (收费对象)")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such fee item, or not in one of the caller's communities")
class FeeItemController {

    static final String PRICE = "[0-9]{1,8}(\\.[0-9]{1,4})?";
    static final String AMOUNT = "[0-9]{1,9}(\\.[0-9]{1,2})?";
    static final String KEY = "[A-Za-z0-9._:-]+";

    private final FeeItems items;

    FeeItemController(FeeItems items) {
        this.items = items;
    }

    @Schema(description = "When a bill falls due: on day N of the billing month (the period's first month when prepaid, "
            + "the month after it when postpaid; the month's last day when it is shorter), or N days after the bill is "
            + "issued — never before it is issued")
    record DueRuleBody(@NotNull DueRule.Kind kind,
                       @Schema(description = "The day of the month (1–31), or the days after issue (0–366)", example = "15")
                       @NotNull @Min(0) @Max(366) Integer days) {
    }

    @Schema(description = "How a line's amount is rounded, once: to 0, 1 or 2 decimals, HALF_UP (四舍五入), UP (进位) or DOWN (舍去)")
    record RoundingBody(@Schema(example = "2") @NotNull @Min(0) @Max(2) Integer scale, @NotNull Rounding.Mode mode) {
    }

    @Schema(description = "A version of the standard, in force from effectiveFrom until the next version's date")
    record StandardBody(@Schema(example = "2027-01-01") @NotNull LocalDate effectiveFrom,
                        @NotNull Formula formula,
                        @Schema(description = "Per m² per month (BUILDING_AREA, INTERIOR_AREA), per payer per month "
                                + "(FIXED), per space per month (PER_PARKING_SPACE) or per m³ / kWh / GJ (METERED); up to "
                                + "4 decimals; left out for STATED, whose amounts are on the attachments", example = "2.50")
                        @Pattern(regexp = PRICE) String price,
                        @NotNull Cycle cycle,
                        @Schema(description = "PREPAID bills the coming period, POSTPAID the one just ended") @NotNull BillingMode mode,
                        @NotNull @Valid DueRuleBody dueRule,
                        @Schema(description = "2 decimals HALF_UP when left out") @Valid RoundingBody rounding) {

        FeeStandard toDraft() {
            return new FeeStandard(0, effectiveFrom, formula, price == null ? null : new BigDecimal(price), cycle, mode,
                    new DueRule(dueRule.kind(), dueRule.days()),
                    rounding == null ? Rounding.FEN : new Rounding(rounding.scale(), rounding.mode()), false);
        }
    }

    @Schema(description = "A fee item with its first standard")
    record FeeItemBody(@Schema(example = "community-cuihu") @NotBlank @Size(max = 64) String communityId,
                       @NotNull FeeKind kind,
                       @Schema(example = "物业服务费") @NotBlank @Size(max = 60) String name,
                       @NotNull @Valid StandardBody standard) {
    }

    @Schema(description = "A new name")
    record RenameBody(@Schema(example = "物业服务费（高层）") @NotBlank @Size(max = 60) String name) {
    }

    record StandardView(@Schema(example = "2") int number, @Schema(example = "2027-01-01") LocalDate effectiveFrom,
                        Formula formula, @Schema(example = "2.50") String price, Cycle cycle, BillingMode mode,
                        DueRuleBody dueRule, RoundingBody rounding,
                        @Schema(description = "Whether a period was billed at it: then it is never changed", example = "false")
                        boolean billed) {

        static StandardView of(FeeStandard s) {
            return new StandardView(s.number(), s.effectiveFrom(), s.formula(),
                    s.price() == null ? null : s.price().toPlainString(), s.cycle(), s.mode(),
                    new DueRuleBody(s.dueRule().kind(), s.dueRule().days()),
                    new RoundingBody(s.rounding().scale(), s.rounding().mode()), s.billed());
        }
    }

    @Schema(description = "A fee item and its standards, oldest first")
    record FeeItemView(@Schema(example = "5f0c2b7e-3d1a-4c8e-9b6f-2a1d0e9c8b7a") String id,
                       @Schema(example = "community-cuihu") String communityId, FeeKind kind,
                       @Schema(example = "物业服务费") String name, List<StandardView> standards,
                       @Schema(description = "The first day of the latest period billed; a new standard starts after it",
                               example = "2026-12-01") LocalDate billedUntil,
                       Instant createdAt, @Schema(example = "fin-0007") String createdBy,
                       @Schema(description = "The version the ETag carries", example = "3") long version) {

        static FeeItemView of(FeeItem item) {
            return new FeeItemView(item.id(), item.communityId(), item.kind(), item.name(),
                    item.standards().stream().map(StandardView::of).toList(), item.billedUntil(), item.createdAt(),
                    item.createdBy(), item.version());
        }
    }

    @Schema(description = "Who the item is charged to")
    record TargetBody(@Schema(description = "COMMUNITY, BUILDING or UNIT_TYPE in bulk; UNIT, PARKING_SPACE or PERSON one by one")
                      @NotNull Attachment.TargetKind kind,
                      @Schema(description = "The community's, building's, unit's, parking space's or person's id, or the "
                              + "unit type (RESIDENTIAL, SHOP, OFFICE, PARKING, STORAGE, OTHER)", example = "community-cuihu")
                      @NotBlank @Size(max = 64) @Pattern(regexp = "[^:]+") String id,
                      @Schema(description = "For a PARKING_SPACE: the person who holds it and pays", example = "person-0042")
                      @Size(max = 64) @Pattern(regexp = "[^:]+") String holderId) {
    }

    @Schema(description = "An attachment: the payers, from when, until when, and for a STATED fee the amount")
    record AttachmentBody(@NotNull @Valid TargetBody target,
                          @Schema(description = "STATED fees only: the amount per bill", example = "2000.00")
                          @Pattern(regexp = AMOUNT) String amount,
                          @Schema(example = "2026-01-01") @NotNull LocalDate startsOn,
                          @Schema(description = "The last day it applies; open-ended when left out", example = "2027-12-31")
                          LocalDate endsOn) {
    }

    @Schema(description = "The day an attachment ends (null: open-ended again)")
    record EndBody(@Schema(example = "2027-06-30") LocalDate endsOn) {
    }

    record AttachmentView(@Schema(example = "0b7c9a1e-6f2d-4e3a-8c5b-1d9e7f3a2c4b") String id,
                          @Schema(example = "community-cuihu") String communityId,
                          @Schema(example = "5f0c2b7e-3d1a-4c8e-9b6f-2a1d0e9c8b7a") String feeItemId,
                          TargetBody target, @Schema(example = "2000.00") String amount,
                          @Schema(example = "2026-01-01") LocalDate startsOn,
                          @Schema(description = "Null when open-ended", example = "2027-12-31") LocalDate endsOn,
                          Instant createdAt, @Schema(example = "fin-0007") String createdBy,
                          @Schema(example = "1") long version) {

        static AttachmentView of(Attachment a) {
            return new AttachmentView(a.id(), a.communityId(), a.feeItemId(),
                    new TargetBody(a.target().kind(), a.target().id(), a.target().holderId()),
                    a.amount() == null ? null : a.amount().setScale(2).toPlainString(), a.startsOn(), a.endsOn(),
                    a.createdAt(), a.createdBy(), a.version());
        }
    }

    @PostMapping("/api/v1/fee-items")
    @FeeEditors
    @Operation(operationId = "createFeeItem", summary = "Create a fee item with its first standard",
            description = "物业费, water, parking…: a kind, a name and the standard in force from its date — formula "
                    + "(price × building area, × interior area, a fixed amount, metered consumption × price, per parking "
                    + "space, or an amount stated per attachment), cycle, PREPAID or POSTPAID, due-day rule and rounding. "
                    + "Prices per area, payer and space are per month: a quarter bills three months. A metered fee "
                    + "(water, electricity, gas, heating) is MONTHLY and POSTPAID. A retry with the same "
                    + "Idempotency-Key answers the item created the first time.")
    @ApiResponse(responseCode = "201", description = "Created; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Created before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "422", description = "A price that does not suit the formula (invalid-price, "
            + "price-not-used), a metered fee that is not monthly and postpaid (metered-monthly-postpaid) or of a kind "
            + "without meters (metered-kind), a due day out of range (invalid-due-rule)")
    ResponseEntity<FeeItemView> create(Caller caller,
                                       @Parameter(example = "fee-item-pm-2027") @RequestHeader(name = "Idempotency-Key", required = false)
                                       @Size(max = 100) @Pattern(regexp = KEY) String idempotencyKey,
                                       @Valid @RequestBody FeeItemBody body) {
        FeeItems.Created<FeeItem> created = items.create(caller, body.communityId(), body.kind(), body.name(),
                body.standard().toDraft(), idempotencyKey);
        FeeItemView view = FeeItemView.of(created.value());
        return created.created()
                ? ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/fee-items/" + view.id()))
                .eTag(etag(view.version())).body(view)
                : ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @GetMapping("/api/v1/fee-items")
    @FeeReaders
    @Operation(operationId = "listFeeItems", summary = "A community's fee items, oldest first")
    @ApiResponse(responseCode = "200", description = "The items with their standards")
    List<FeeItemView> list(Caller caller,
                           @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId) {
        return items.list(caller, communityId).stream().map(FeeItemView::of).toList();
    }

    @GetMapping("/api/v1/fee-items/{id}")
    @FeeReaders
    @Operation(operationId = "getFeeItem", summary = "One fee item with its standards")
    @ApiResponse(responseCode = "200", description = "The item; the ETag is its version")
    ResponseEntity<FeeItemView> get(Caller caller, @PathVariable @Size(max = 64) String id) {
        FeeItemView view = FeeItemView.of(items.get(caller, id));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @PutMapping("/api/v1/fee-items/{id}")
    @FeeEditors
    @Operation(operationId = "renameFeeItem", summary = "Rename a fee item",
            description = "Bills issued before keep the name they were issued with. If-Match with the version read.")
    @ApiResponse(responseCode = "200", description = "Renamed; the ETag is its new version")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    ResponseEntity<FeeItemView> rename(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion version,
                                       @Valid @RequestBody RenameBody body) {
        FeeItemView view = FeeItemView.of(items.rename(caller, id, body.name(), version.orNull()));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @Schema(description = "A fee item's standards, oldest first")
    record StandardsView(@Schema(example = "5f0c2b7e-3d1a-4c8e-9b6f-2a1d0e9c8b7a") String feeItemId,
                         @Schema(example = "物业服务费") String name, List<StandardView> standards) {
    }

    @GetMapping("/api/v1/fee-items/{id}/standards")
    @FeeReaders
    @Operation(operationId = "listFeeStandards", summary = "The history of a fee item's standard, oldest first",
            description = "Each version is in force from its date until the next one's; a period is billed at the "
                    + "version in force on its first day.")
    @ApiResponse(responseCode = "200", description = "The versions")
    StandardsView standards(Caller caller, @PathVariable @Size(max = 64) String id) {
        FeeItem item = items.get(caller, id);
        return new StandardsView(item.id(), item.name(), item.standards().stream().map(StandardView::of).toList());
    }

    @PostMapping("/api/v1/fee-items/{id}/standards")
    @FeeEditors
    @Operation(operationId = "addFeeStandard", summary = "Change the standard from a date",
            description = "A new version in force from effectiveFrom: periods whose first day is before it keep the "
                    + "old one. A version of the same date that has not billed yet is replaced; one that has billed is "
                    + "never changed (standard-billed), and a new version cannot start on or before the first day of a "
                    + "period already billed (period-billed). If-Match with the item's version.")
    @ApiResponse(responseCode = "200", description = "Added; the item with its versions, the ETag its new version")
    @ApiResponse(responseCode = "409", description = "The version of that date has billed (standard-billed), or a "
            + "period from that date on was billed (period-billed)")
    @ApiResponse(responseCode = "412", description = "The item changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "As for a new item; or an attachment the new formula does not "
            + "suit (amount-required, target-not-a-unit…)")
    ResponseEntity<FeeItemView> addStandard(Caller caller, @PathVariable @Size(max = 64) String id,
                                            ExpectedVersion version, @Valid @RequestBody StandardBody body) {
        FeeItemView view = FeeItemView.of(items.addStandard(caller, id, body::toDraft, version.orNull()));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @GetMapping("/api/v1/fee-items/{id}/attachments")
    @FeeReaders
    @Operation(operationId = "listFeeAttachments", summary = "Who a fee item is charged to")
    @ApiResponse(responseCode = "200", description = "The attachments, oldest first")
    List<AttachmentView> attachments(Caller caller, @PathVariable @Size(max = 64) String id) {
        return items.attachments(caller, id).stream().map(AttachmentView::of).toList();
    }

    @PostMapping("/api/v1/fee-items/{id}/attachments")
    @FeeEditors
    @Operation(operationId = "attachFeeItem", summary = "Charge a fee item to payers, in bulk or one by one",
            description = "COMMUNITY (its id), BUILDING or UNIT_TYPE reach every such unit billing knows when a run "
                    + "bills; UNIT, PARKING_SPACE (its holder, a person, pays) and PERSON one payer. A period is billed to "
                    + "the attachments that overlap it. A fee by area or by meter is attached to units only; a STATED "
                    + "fee's attachment states its amount (where several reach a payer, the most specific one's). A "
                    + "retry with the same Idempotency-Key answers the attachment made the first time.")
    @ApiResponse(responseCode = "201", description = "Attached; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Attached before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "422", description = "A unit billing does not know (unknown-unit), an unknown unit type, "
            + "a target the formula does not suit (target-not-a-unit, target-not-a-space), an amount missing or not "
            + "used (amount-required, amount-not-used), a parking space without its holder (holder-required), an end "
            + "before the start (invalid-dates)")
    ResponseEntity<AttachmentView> attach(Caller caller, @PathVariable @Size(max = 64) String id,
                                          @Parameter(example = "attach-pm-community") @RequestHeader(name = "Idempotency-Key", required = false)
                                          @Size(max = 100) @Pattern(regexp = KEY) String idempotencyKey,
                                          @Valid @RequestBody AttachmentBody body) {
        FeeItems.Created<Attachment> created = items.attach(caller, id, new FeeItems.AttachmentDraft(
                new Attachment.Target(body.target().kind(), body.target().id(), body.target().holderId()),
                body.amount() == null ? null : new BigDecimal(body.amount()), body.startsOn(), body.endsOn()), idempotencyKey);
        AttachmentView view = AttachmentView.of(created.value());
        return created.created()
                ? ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/v1/fee-items/" + id + "/attachments/" + view.id())).eTag(etag(view.version())).body(view)
                : ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    @PutMapping("/api/v1/fee-items/{id}/attachments/{attachmentId}")
    @FeeEditors
    @Operation(operationId = "endFeeAttachment", summary = "End an attachment on a day",
            description = "Periods after that day are not billed to it (null opens it again); what was billed stays. "
                    + "If-Match with the attachment's version.")
    @ApiResponse(responseCode = "200", description = "Changed; the ETag is its new version")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "An end before the start (invalid-dates)")
    ResponseEntity<AttachmentView> endAttachment(Caller caller, @PathVariable @Size(max = 64) String id,
                                                 @PathVariable @Size(max = 64) String attachmentId,
                                                 ExpectedVersion version, @Valid @RequestBody EndBody body) {
        AttachmentView view = AttachmentView.of(items.endAttachment(caller, id, attachmentId, body.endsOn(), version.orNull()));
        return ResponseEntity.ok().eTag(etag(view.version())).body(view);
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
