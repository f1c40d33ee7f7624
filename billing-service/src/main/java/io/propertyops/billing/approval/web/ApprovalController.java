package io.propertyops.billing.approval.web;

import io.propertyops.billing.approval.application.Approvals;
import io.propertyops.billing.approval.domain.Approval;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@Validated
@Tag(name = "Approvals", description = "Requests that move money only when a second person agrees (审批): waivers, "
        + "discounts, refunds, deposits returned, cashiers' batches cancelled")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such approval, or not in one of the caller's communities")
class ApprovalController {

    private final Approvals approvals;

    ApprovalController(Approvals approvals) {
        this.approvals = approvals;
    }

    @Schema(description = "A request and, once decided, its decision")
    record ApprovalView(String id, String communityId,
                        @Schema(example = "WAIVER") String kind,
                        @Schema(description = "The charge, payment or batch it is about") String subjectId,
                        @Schema(example = "UNIT:u-1-1-101") String payer,
                        @Schema(example = "2.16") String amount, Map<String, String> details,
                        @Schema(example = "业主住院，申请减免滞纳金") String reason, String requestedBy,
                        Instant requestedAt, @Schema(example = "PENDING") String status, String decidedBy,
                        Instant decidedAt, String decisionNote,
                        @Schema(description = "When the decision took effect; null while it is still being applied")
                        Instant appliedAt, long version) {

        static ApprovalView of(Approval a) {
            return new ApprovalView(a.id(), a.communityId(), a.kind().name(), a.subjectId(), a.payer(),
                    a.amount() == null ? null : a.amount().toString(), a.details(), a.reason(), a.requestedBy(),
                    a.requestedAt(), a.status().name(), a.decidedBy(), a.decidedAt(), a.decisionNote(), a.appliedAt(),
                    a.version());
        }
    }

    @Schema(description = "A decision: approve or reject, with a note (required to reject)")
    record DecisionBody(@NotNull Boolean approve,
                        @Schema(example = "同意减免") @Size(max = 500) String note) {
    }

    @GetMapping("/api/v1/approvals")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listApprovals", summary = "A community's approvals, newest first",
            description = "Finance, property managers and administrators of the community; `status` narrows to "
                    + "PENDING, APPROVED or REJECTED.")
    @ApiResponse(responseCode = "200", description = "The approvals")
    List<ApprovalView> list(Caller caller, @RequestParam @NotBlank @Size(max = 64) String communityId,
                            @RequestParam(required = false) Approval.Status status) {
        return approvals.inCommunity(caller, communityId, status).stream().map(ApprovalView::of).toList();
    }

    @GetMapping("/api/v1/approvals/{id}")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getApproval", summary = "One approval")
    @ApiResponse(responseCode = "200", description = "The approval; the ETag is its version")
    ResponseEntity<ApprovalView> get(Caller caller, @PathVariable @Size(max = 200) String id) {
        Approval approval = approvals.get(caller, id);
        return ResponseEntity.ok().eTag(Long.toString(approval.version())).body(ApprovalView.of(approval));
    }

    @PostMapping("/api/v1/approvals/{id}/decision")
    @Allowed(roles = {Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "decideApproval", summary = "Approve or reject a request",
            description = "By a decider of its kind — waivers, discounts, refunds and deposits returned: property "
                    + "managers and administrators; a cashier's batch cancelled: finance too — who is not the person "
                    + "who asked (四眼原则). An approval takes effect at once (appliedAt); a rejection needs a note. "
                    + "If-Match with the version read guards against deciding on a stale view.")
    @ApiResponse(responseCode = "200", description = "Decided; the ETag is its new version")
    @ApiResponse(responseCode = "403", description = "The caller's roles do not decide this kind of request")
    @ApiResponse(responseCode = "409", description = "The caller asked for it (own-request), or it is decided "
            + "already (decided)")
    @ApiResponse(responseCode = "412", description = "It changed since the version in If-Match (stale-version)")
    @ApiResponse(responseCode = "422", description = "A rejection without a note (note-required)")
    ResponseEntity<ApprovalView> decide(Caller caller, @PathVariable @Size(max = 200) String id,
                                        ExpectedVersion expected, @Valid @RequestBody DecisionBody body) {
        if (!body.approve() && (body.note() == null || body.note().isBlank())) {
            throw new io.propertyops.starter.domain.RuleViolationException("note-required", "note",
                    "A rejection says why");
        }
        Approval decided = approvals.decide(caller, id, body.approve(), body.note(), expected.orNull());
        return ResponseEntity.ok().eTag(Long.toString(decided.version())).body(ApprovalView.of(decided));
    }
}
