package io.propertyops.facility.handover.web;

import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.handover.application.Handovers;
import io.propertyops.facility.handover.domain.Handover;
import io.propertyops.facility.handover.domain.HandoverIncomplete;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.propertyops.starter.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
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
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The move-in (入住) handover checklist of a unit: staff fill it in and complete it, which moves the unit to
 * occupied; the owner sees it in the app.
 */
@RestController
@Validated
@Tag(name = "Move-in handover", description = "The handover checklist (入住交付) of a unit")
class HandoverController {

    private final Handovers handovers;

    HandoverController(Handovers handovers) {
        this.handovers = handovers;
    }

    record ItemBody(@Schema(example = "墙面") @NotBlank @Size(max = 60) String name,
                    @Schema(description = "PASS or DEFECT; absent while not checked") Handover.Result result,
                    @Schema(description = "What is wrong, for a defect", example = "次卧墙面有一处 5 cm 裂缝")
                    @Size(max = 500) String note) {
    }

    record KeyBody(@Schema(example = "入户门") @NotBlank @Size(max = 40) String kind,
                   @Schema(example = "3") @NotNull @Min(0) @Max(99) Integer count) {
    }

    record HandoverReadingBody(@NotNull Handover.MeterKind kind,
                       @Schema(description = "The meter's reading; absent while not read", example = "12.5")
                       @DecimalMin("0") @Digits(integer = 9, fraction = 3) BigDecimal value) {
    }

    record DocumentBody(@Schema(example = "住宅质量保证书") @NotBlank @Size(max = 60) String name,
                        @Schema(description = "Whether the owner received it; false when absent", example = "true")
                        Boolean received) {
    }

    record HandoverBody(@Schema(description = "The owner's person id", example = "439602d4-cf37-50f1-bdc9-ccfcc2cdca17")
                        @Size(max = 64) String ownerId,
                        @NotNull @Size(max = 100) List<@Valid @NotNull ItemBody> items,
                        @NotNull @Size(max = 30) List<@Valid @NotNull KeyBody> keys,
                        @NotNull @Size(max = 10) List<@Valid @NotNull HandoverReadingBody> readings,
                        @NotNull @Size(max = 30) List<@Valid @NotNull DocumentBody> documents,
                        @Schema(description = "The owner acknowledged the residents' handbook (业主手册); false when absent",
                                example = "true")
                        Boolean handbookAcknowledged) {

        Handover.Entries entries() {
            return new Handover.Entries(ownerId == null || ownerId.isBlank() ? null : ownerId.strip(),
                    items.stream().map(i -> new Handover.InspectionItem(i.name().strip(), i.result(),
                            i.note() == null || i.note().isBlank() ? null : i.note().strip())).toList(),
                    keys.stream().map(k -> new Handover.KeySet(k.kind().strip(), k.count())).toList(),
                    readings.stream().map(r -> new Handover.MeterReading(r.kind(), r.value())).toList(),
                    documents.stream().map(d -> new Handover.DocumentReceived(d.name().strip(),
                            Boolean.TRUE.equals(d.received()))).toList(),
                    Boolean.TRUE.equals(handbookAcknowledged));
        }
    }

    record MissingView(@Schema(example = "readings") String part,
                       @Schema(example = "The water meter was not read") String message) {
    }

    record HandoverView(@Schema(example = "68ac8d21-fbad-588a-99b9-6808bb720063") String unitId,
                        @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                        @Schema(example = "1-1-101") String unitNumber,
                        UnitState unitState,
                        @Schema(example = "439602d4-cf37-50f1-bdc9-ccfcc2cdca17") String ownerId,
                        List<Handover.InspectionItem> items,
                        List<Handover.KeySet> keys,
                        List<Handover.MeterReading> readings,
                        List<Handover.DocumentReceived> documents,
                        @Schema(example = "true") boolean handbookAcknowledged,
                        @Schema(description = "Whether it is completed (the unit moved in)", example = "false") boolean completed,
                        Instant completedAt,
                        @Schema(example = "cs-0007") String completedBy,
                        @Schema(description = "What is not complete yet; empty when it may be completed") List<MissingView> missing,
                        @Schema(description = "The version, the number the ETag carries (\"0\" for a checklist not "
                                + "saved yet): send it as If-Match with a change", example = "2") long version) {

        static HandoverView of(Handovers.UnitHandover unitHandover) {
            Handover h = unitHandover.handover();
            return new HandoverView(h.unitId(), h.communityId(), unitHandover.unit().number(),
                    unitHandover.unit().state(), h.ownerId(), h.items(), h.keys(), h.readings(), h.documents(),
                    h.handbookAcknowledged(), h.isCompleted(), h.completedAt(), h.completedBy(),
                    h.isCompleted() ? List.of() : h.missing().stream().map(m -> new MissingView(m.part(), m.message())).toList(),
                    h.version());
        }
    }

    @GetMapping("/api/v1/units/{unitId}/handover")
    @HandoverStaff
    @Operation(operationId = "getHandover", summary = "A unit's move-in checklist",
            description = "As saved, or — before anything was saved — a new one with the usual items and documents at "
                    + "version 0. It lists what is still missing before it can be completed.")
    @ApiResponse(responseCode = "200", description = "The checklist; the ETag is its version")
    @ApiResponse(responseCode = "400", description = "Malformed id")
    @ApiResponse(responseCode = "404", description = "No such unit, or not one of the caller's communities'")
    ResponseEntity<HandoverView> get(Caller caller, @PathVariable @Size(max = 64) String unitId) {
        return answer(handovers.get(caller, unitId));
    }

    @PutMapping("/api/v1/units/{unitId}/handover")
    @HandoverStaff
    @Operation(operationId = "recordHandover", summary = "Record the move-in checklist as it stands",
            description = "The whole checklist, on the version the caller read (If-Match; \"0\" for the first save). "
                    + "A completed checklist cannot change.")
    @ApiResponse(responseCode = "200", description = "The checklist as saved; the ETag is its new version")
    @ApiResponse(responseCode = "400", description = "Malformed id, If-Match or body")
    @ApiResponse(responseCode = "404", description = "No such unit, or not one of the caller's communities'")
    @ApiResponse(responseCode = "409", description = "The handover is completed (code handover-completed)")
    @ApiResponse(responseCode = "412", description = "If-Match names another version")
    @ApiResponse(responseCode = "422", description = "If-Match is not an ETag this API gave")
    ResponseEntity<HandoverView> record(Caller caller, @PathVariable @Size(max = 64) String unitId,
                                        ExpectedVersion expected, @Valid @RequestBody HandoverBody body) {
        return answer(handovers.record(caller, unitId, expected.orNull(), body.entries()));
    }

    @PostMapping("/api/v1/units/{unitId}/handover/complete")
    @HandoverStaff
    @Operation(operationId = "completeHandover", summary = "Complete the move-in: the unit becomes occupied (已入住)",
            description = "Only when every part of the checklist is complete: every item checked (a defect with a "
                    + "note), keys handed over, the water and electricity meters read (and gas where listed), every "
                    + "document received, the handbook acknowledged, the owner named. Publishes the unit's change. "
                    + "Completing a completed handover again answers it as it is.")
    @ApiResponse(responseCode = "200", description = "Completed; the unit is occupied; the ETag is the checklist's version")
    @ApiResponse(responseCode = "400", description = "Malformed id or If-Match")
    @ApiResponse(responseCode = "404", description = "No such unit, or not one of the caller's communities'")
    @ApiResponse(responseCode = "412", description = "If-Match names another version")
    @ApiResponse(responseCode = "422", description = "Parts are missing (code handover-incomplete, each in missing), "
            + "or If-Match is not an ETag this API gave")
    ResponseEntity<HandoverView> complete(Caller caller, @PathVariable @Size(max = 64) String unitId,
                                          ExpectedVersion expected) {
        return answer(handovers.complete(caller, unitId, expected.orNull()));
    }

    @GetMapping("/api/v1/me/handovers")
    @Allowed(roles = Roles.OWNER)
    @Operation(operationId = "listMyHandovers", summary = "The move-in checklists of the caller's own units",
            description = "For an owner, of the units their token names (or of one of them), those whose handover "
                    + "was started.")
    @ApiResponse(responseCode = "200", description = "The checklists")
    @ApiResponse(responseCode = "400", description = "unitId is malformed")
    List<HandoverView> mine(Caller caller, @RequestParam(required = false) @Size(max = 64) String unitId) {
        return handovers.ofOwner(caller).stream()
                .filter(handover -> unitId == null || handover.unit().id().equals(unitId))
                .map(HandoverView::of).toList();
    }

    @ExceptionHandler(HandoverIncomplete.class)
    ResponseEntity<ProblemDetail> incomplete(HandoverIncomplete e) {
        ProblemDetail problem = Problems.of(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
        problem.setProperty("missing", e.missing().stream()
                .map(m -> Map.of("part", m.part(), "message", m.message())).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private static ResponseEntity<HandoverView> answer(Handovers.UnitHandover handover) {
        return ResponseEntity.ok().eTag(Long.toString(handover.handover().version())).body(HandoverView.of(handover));
    }
}
