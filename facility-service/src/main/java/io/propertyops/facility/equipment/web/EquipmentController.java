package io.propertyops.facility.equipment.web;

import io.propertyops.facility.equipment.application.EquipmentLedger;
import io.propertyops.facility.equipment.application.EquipmentStore;
import io.propertyops.facility.equipment.domain.Equipment;
import io.propertyops.facility.equipment.domain.EquipmentDetails;
import io.propertyops.facility.equipment.domain.EquipmentState;
import io.propertyops.facility.equipment.domain.EquipmentType;
import io.propertyops.facility.equipment.domain.Importance;
import io.propertyops.facility.equipment.web.EquipmentViews.EquipmentView;
import io.propertyops.facility.equipment.web.EquipmentViews.HistoryView;
import io.propertyops.facility.equipment.web.EquipmentViews.LocationBody;
import io.propertyops.facility.equipment.web.EquipmentViews.PageView;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import java.time.LocalDate;
import java.util.Locale;

@RestController
@Validated
@Tag(name = "Equipment", description = "The equipment ledger (设施设备台账): what each piece is, where, its state, "
        + "downtimes, work orders and scrapping")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such equipment, or not in one of the caller's communities")
class EquipmentController {

    private final EquipmentLedger ledger;

    EquipmentController(EquipmentLedger ledger) {
        this.ledger = ledger;
    }

    @Schema(description = "The ledger facts of a piece of equipment: all of them, on an edit as they are to be (absent ones "
            + "become empty)")
    record EquipmentBody(
            @Schema(description = "Unique in the community; stored in capitals", example = "PUMP-03-02")
            @NotBlank @Pattern(regexp = EquipmentViews.CODE) String code,
            @Schema(allowableValues = {"elevator", "pump", "fire-panel", "generator", "hvac", "transformer",
                    "gate-barrier", "cctv", "lighting", "other"}, example = "pump")
            @NotBlank @Pattern(regexp = EquipmentViews.TYPES) String type,
            @Schema(example = "3号楼 2号生活水泵") @NotBlank @Size(max = 80) String name,
            @Schema(example = "格兰富") @Size(max = 60) String brand,
            @Schema(example = "CR 32-4") @Size(max = 60) String model,
            @Schema(example = "GF-2019-0832211") @Size(max = 60) String serial,
            @NotNull @Valid LocationBody location,
            @Schema(example = "3号楼 水泵房") @Size(max = 120) String locationName,
            @NotNull Importance importance,
            @Schema(description = "CNY", example = "48600.00") @DecimalMin("0") @Digits(integer = 12, fraction = 2)
            BigDecimal purchasePrice,
            @Schema(example = "2019-06-18") LocalDate inServiceDate,
            @Schema(example = "2022-06-17") LocalDate warrantyEnd,
            @Schema(example = "15") @Min(1) @Max(100) Integer usefulLifeYears,
            @Schema(example = "tech-0012") @Size(max = 64) String responsibleStaffId,
            @Schema(example = "2a7d0c4e-0000-4000-8000-000000000009") @Size(max = 64) String parentId) {

        EquipmentDetails details() {
            return new EquipmentDetails(code.toUpperCase(Locale.ROOT), EquipmentController.type(type), name.strip(), blankToNull(brand),
                    blankToNull(model), blankToNull(serial), location.toDomain(), blankToNull(locationName), importance,
                    purchasePrice, inServiceDate, warrantyEnd, usefulLifeYears, blankToNull(responsibleStaffId),
                    blankToNull(parentId));
        }
    }

    @Schema(description = "A change of state by hand")
    record StateChange(
            @Schema(description = "Not SCRAPPED: that takes an approved scrap request") @NotNull EquipmentState state,
            @Schema(example = "出水压力低，电机异响，已停机") @NotBlank @Size(max = 200) String reason,
            @Schema(description = "The work order concerned, if any: the one it goes under maintenance for, or the one "
                    + "that fixed it", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") @Size(max = 64) String workOrderId,
            @Schema(description = "For UNDER_MAINTENANCE: corrective work (a repair, which opens a downtime) rather "
                    + "than planned upkeep", example = "true") Boolean corrective) {
    }

    @Schema(description = "Why it should be scrapped (报废)")
    record ScrapRequestBody(@Schema(example = "超过设计使用年限，维修费用高于残值") @NotBlank @Size(max = 500) String reason) {
    }

    @Schema(description = "A property manager's approval, with an optional note")
    record Approval(@Schema(example = "同意报废，资产处置走固定资产流程") @Size(max = 500) String note) {
    }

    @Schema(description = "A property manager's rejection, with the reason")
    record Rejection(@Schema(example = "维修后仍可使用，暂不报废") @NotBlank @Size(max = 500) String reason) {
    }

    @PostMapping("/api/v1/equipment")
    @EditorAccess
    @Operation(operationId = "registerEquipment", summary = "Enter a piece of equipment in a community's ledger",
            description = "Supervisors, property managers and administrators of the community (communityId). The "
                    + "code is unique in "
                    + "the community; the QR code value is generated, opaque and never changes. The location's display "
                    + "name is stored as given (locationName). A retry with the same Idempotency-Key answers the "
                    + "equipment the first request created (200).")
    @ApiResponse(responseCode = "201", description = "Registered; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Registered already by an earlier request with this Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "The community has equipment of this code (code-taken)")
    @ApiResponse(responseCode = "422", description = "A rule is broken: the parent is not in the community's ledger "
            + "(unknown-parent), the initial state is not OPERATIONAL, STANDBY or IDLE, the warranty ends before "
            + "service began")
    ResponseEntity<EquipmentView> register(Caller caller,
                                           @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64)
                                           String communityId,
                                           @Parameter(description = "The state it starts in: OPERATIONAL when absent, "
                                                   + "or STANDBY or IDLE") @RequestParam(required = false)
                                           EquipmentState state,
                                           @Valid @RequestBody EquipmentBody body,
                                           @Parameter(description = "Client-chosen key that makes retries safe")
                                           @RequestHeader(name = "Idempotency-Key", required = false)
                                           @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {
        EquipmentLedger.Registered registered = ledger.register(caller, communityId, body.details(), state, idempotencyKey);
        EquipmentView view = EquipmentView.of(registered.equipment());
        return (registered.created() ? ResponseEntity.created(URI.create("/api/v1/equipment/" + view.id()))
                : ResponseEntity.ok()).eTag(Long.toString(view.version())).body(view);
    }

    @GetMapping("/api/v1/equipment")
    @StaffAccess
    @Operation(operationId = "listEquipment", summary = "A community's ledger, by code",
            description = "Staff of the community. Filtered by type and state; q finds the text in the code, name, "
                    + "brand, model, serial number or location name. Each item carries its version for If-Match.")
    @ApiResponse(responseCode = "200", description = "A page of equipment with the total")
    PageView list(Caller caller, @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                  @Parameter(example = "pump") @RequestParam(required = false) @Pattern(regexp = EquipmentViews.TYPES) String type,
                  @RequestParam(required = false) EquipmentState state,
                  @Parameter(example = "水泵") @RequestParam(required = false) @Size(max = 60) String q,
                  @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                  @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        EquipmentStore.Listing listing = ledger.list(caller, communityId, type(type), state, q, page, size);
        return new PageView(listing.items().stream().map(EquipmentView::of).toList(), page, size, listing.total());
    }

    @GetMapping("/api/v1/equipment/{id}")
    @StaffAccess
    @Operation(operationId = "getEquipment", summary = "One piece of equipment of the caller's communities")
    @ApiResponse(responseCode = "200", description = "The equipment; the ETag is its version, to send as If-Match")
    ResponseEntity<EquipmentView> get(Caller caller, @PathVariable @Size(max = 64) String id) {
        return view(ledger.get(caller, id), HttpStatus.OK);
    }

    @PutMapping("/api/v1/equipment/{id}")
    @EditorAccess
    @Operation(operationId = "updateEquipment", summary = "Edit the ledger facts of a piece of equipment",
            description = "Replaces every ledger fact (absent ones become empty); the state, its history and the QR "
                    + "code stay. Send If-Match with the version read: a stale one answers 412.")
    @ApiResponse(responseCode = "200", description = "The equipment after the edit; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "Another piece has this code (code-taken), or it is scrapped")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "If-Match is no version this API gave, or a rule is broken "
            + "(unknown-parent, parent-cycle, warranty-before-service)")
    ResponseEntity<EquipmentView> update(Caller caller, @PathVariable @Size(max = 64) String id, ExpectedVersion expected,
                                         @Valid @RequestBody EquipmentBody body) {
        return view(ledger.update(caller, id, body.details(), expected.orNull()), HttpStatus.OK);
    }

    @PostMapping("/api/v1/equipment/{id}/state")
    @EditorAccess
    @Operation(operationId = "changeEquipmentState", summary = "Change the state of a piece of equipment",
            description = "OPERATIONAL ⇄ STANDBY, DOWN (停机: a failure, opening a downtime), UNDER_MAINTENANCE "
                    + "(corrective: true opens a downtime for a repair; false is planned upkeep), IDLE (not while a "
                    + "downtime is open). Returning to OPERATIONAL or STANDBY ends the open downtime as repaired, "
                    + "linked to workOrderId when given. Every change is history and publishes EquipmentStateChanged. "
                    + "SCRAPPED takes an approved scrap request.")
    @ApiResponse(responseCode = "200", description = "The equipment after the change; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "Not a change its state allows (illegal-transition, "
            + "already-in-state, repair-first, scrapped)")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "SCRAPPED asked for directly (scrap-needs-approval), or If-Match is "
            + "no version this API gave")
    ResponseEntity<EquipmentView> changeState(Caller caller, @PathVariable @Size(max = 64) String id,
                                              ExpectedVersion expected, @Valid @RequestBody StateChange body) {
        return view(ledger.changeState(caller, id, body.state(), body.reason(), body.workOrderId(),
                Boolean.TRUE.equals(body.corrective()), expected.orNull()), HttpStatus.OK);
    }

    @GetMapping("/api/v1/equipment/{id}/history")
    @StaffAccess
    @Operation(operationId = "getEquipmentHistory", summary = "Everything that happened to a piece of equipment",
            description = "Every change of state, edit, scrap request and hold, newest first; its downtimes; the work "
                    + "orders about it (维修记录) with what each cost; its scrap requests.")
    @ApiResponse(responseCode = "200", description = "Its history")
    HistoryView history(Caller caller, @PathVariable @Size(max = 64) String id) {
        return HistoryView.of(ledger.get(caller, id));
    }

    @PostMapping("/api/v1/equipment/{id}/scrap-requests")
    @EditorAccess
    @Operation(operationId = "requestEquipmentScrap", summary = "Ask for a piece of equipment to be scrapped (报废申请)",
            description = "One request waits at a time; a property manager other than the one who asked approves it.")
    @ApiResponse(responseCode = "201", description = "The equipment with its pending scrap request; the ETag is its version")
    @ApiResponse(responseCode = "409", description = "A request waits already (scrap-request-pending), or it is scrapped")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "If-Match is no version this API gave")
    ResponseEntity<EquipmentView> requestScrap(Caller caller, @PathVariable @Size(max = 64) String id,
                                               ExpectedVersion expected, @Valid @RequestBody ScrapRequestBody body) {
        return view(ledger.requestScrap(caller, id, body.reason(), expected.orNull()), HttpStatus.CREATED);
    }

    @PostMapping("/api/v1/equipment/{id}/scrap-requests/{requestId}/approve")
    @Allowed(roles = Roles.PROPERTY_MANAGER)
    @Operation(operationId = "approveEquipmentScrap", summary = "Approve a scrap request: the equipment is scrapped",
            description = "A property manager of the community other than the person who asked. The equipment becomes "
                    + "SCRAPPED for good (an open downtime ends unrepaired) and EquipmentStateChanged is published.")
    @ApiResponse(responseCode = "200", description = "The equipment, scrapped; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "The request was decided already (scrap-request-decided)")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "The approver made the request (four-eyes), or If-Match is no "
            + "version this API gave")
    ResponseEntity<EquipmentView> approveScrap(Caller caller, @PathVariable @Size(max = 64) String id,
                                               @PathVariable @Size(max = 64) String requestId, ExpectedVersion expected,
                                               @Valid @RequestBody(required = false) Approval body) {
        return view(ledger.approveScrap(caller, id, requestId, body == null ? null : body.note(), expected.orNull()),
                HttpStatus.OK);
    }

    @PostMapping("/api/v1/equipment/{id}/scrap-requests/{requestId}/reject")
    @Allowed(roles = Roles.PROPERTY_MANAGER)
    @Operation(operationId = "rejectEquipmentScrap", summary = "Reject a scrap request, with the reason")
    @ApiResponse(responseCode = "200", description = "The equipment, its request rejected; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "The request was decided already (scrap-request-decided)")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "If-Match is no version this API gave")
    ResponseEntity<EquipmentView> rejectScrap(Caller caller, @PathVariable @Size(max = 64) String id,
                                              @PathVariable @Size(max = 64) String requestId, ExpectedVersion expected,
                                              @Valid @RequestBody Rejection body) {
        return view(ledger.rejectScrap(caller, id, requestId, body.reason(), expected.orNull()), HttpStatus.OK);
    }

    static EquipmentType type(String code) {
        return code == null ? null : EquipmentType.ofCode(code).orElseThrow();
    }

    private static ResponseEntity<EquipmentView> view(Equipment equipment, HttpStatus status) {
        return ResponseEntity.status(status).eTag(Long.toString(equipment.version())).body(EquipmentView.of(equipment));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
