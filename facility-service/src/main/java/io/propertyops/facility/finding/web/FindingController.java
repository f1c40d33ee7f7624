package io.propertyops.facility.finding.web;

import io.propertyops.facility.finding.application.FindingStore;
import io.propertyops.facility.finding.application.Findings;
import io.propertyops.facility.finding.domain.Finding;
import io.propertyops.facility.finding.domain.FindingSource;
import io.propertyops.facility.finding.domain.FindingStatus;
import io.propertyops.facility.finding.domain.Severity;
import io.propertyops.facility.shared.domain.Location;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.domain.NotFoundException;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

@RestController
@Validated
@Tag(name = "Findings", description = "Problems found about places and equipment (发现的问题) and the work orders they went to")
class FindingController {

    private final Findings findings;

    FindingController(Findings findings) {
        this.findings = findings;
    }

    @Schema(description = "A place in the estate")
    record LocationBody(@NotNull LocationKind kind,
                        @Schema(example = "cuihu-pump-room-3") @NotBlank @Size(max = 64) String id) {
    }

    record EvidenceBody(@NotNull Finding.Evidence.Kind kind,
                        @Schema(example = "出口压力") @Size(max = 60) String label,
                        @Schema(example = "0.12 MPa") @NotBlank @Size(max = 500) String value) {
    }

    @Schema(description = "A problem staff found and report by hand")
    record ManualFinding(@Schema(example = "community-cuihu") @NotBlank @Size(max = 64) String communityId,
                         @NotNull @Valid LocationBody location,
                         @Schema(example = "3号楼 水泵房") @Size(max = 100) String locationName,
                         @Schema(example = "equipment-pump-2") @Size(max = 64) String equipmentId,
                         @Schema(description = "What is wrong, a stable code", example = "pump.noise")
                         @NotBlank @Pattern(regexp = "[a-z0-9][a-z0-9.-]{1,59}") String faultType,
                         @Schema(description = "The trade that fixes it", example = "plumbing")
                         @NotBlank @Pattern(regexp = "[a-z0-9-]{2,40}") String category,
                         @NotNull Severity severity,
                         @Schema(example = "2号泵异响") @NotBlank @Size(max = 120) String title,
                         @Schema(example = "运行时轴承处有尖锐异响") @Size(max = 2000) String detail,
                         @Size(max = 20) List<@Valid @NotNull EvidenceBody> evidence) {
    }

    record FindingView(@Schema(example = "manual:3f1c2a9e-5b7d-4c1e-9a0f-6d2b8e4c7a10") String id,
                       @Schema(example = "community-cuihu") String communityId,
                       FindingSource source,
                       FindingStatus status,
                       Location location,
                       @Schema(example = "3号楼 水泵房") String locationName,
                       @Schema(example = "equipment-pump-2") String equipmentId,
                       @Schema(example = "pump.noise") String faultType,
                       @Schema(example = "plumbing") String category,
                       Severity severity,
                       @Schema(example = "2号泵异响") String title,
                       @Schema(example = "运行时轴承处有尖锐异响") String detail,
                       @Schema(example = "tech-0012") String reporterId,
                       List<Finding.Evidence> evidence,
                       Instant foundAt,
                       @Schema(description = "The work order it went to; null until ticket-service says", example = "7c9e6679-7425-40de-944b-e07fc1f90ae7")
                       String workOrderId,
                       @Schema(example = "WO-20261123-0042") String workOrderNumber,
                       @Schema(description = "When what raised it cleared by itself; null while it stands")
                       Instant clearedAt) {

        static FindingView of(Finding f) {
            return new FindingView(f.id(), f.communityId(), f.source(), FindingStatus.of(f), f.location(),
                    f.locationName(), f.equipmentId(), f.faultType(), f.category(), f.severity(), f.title(),
                    f.detail(), f.reporterId(), f.evidence(), f.foundAt(), f.workOrderId(), f.workOrderNumber(),
                    f.clearedAt());
        }
    }

    record FindingPageView(List<FindingView> items, @Schema(example = "0") int page,
                           @Schema(example = "20") int size, @Schema(example = "37") long total) {
    }

    @GetMapping("/api/v1/findings")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD, Roles.CLEANER,
            Roles.GARDENER, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listFindings", summary = "A community's findings, newest first",
            description = "Staff of the community. status: open (in no work order yet), linked (in a work order), "
                    + "cleared (what raised it is gone by itself).")
    @ApiResponse(responseCode = "200", description = "A page of findings")
    @ApiResponse(responseCode = "400", description = "A malformed parameter")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    FindingPageView list(Caller caller,
                         @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                         @RequestParam(required = false) FindingSource source,
                         @Parameter(schema = @Schema(allowableValues = {"open", "linked", "cleared"}))
                         @RequestParam(required = false) @Pattern(regexp = "open|linked|cleared") String status,
                         @Parameter(example = "equipment-pump-2") @RequestParam(required = false) @Size(max = 64) String equipmentId,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(200) int size) {
        caller.requireCommunity(communityId);
        FindingStore.FindingPage found = findings.list(new FindingStore.FindingQuery(communityId, source,
                status == null ? null : FindingStatus.valueOf(status.toUpperCase(Locale.ROOT)), equipmentId), page, size);
        return new FindingPageView(found.items().stream().map(FindingView::of).toList(), page, size, found.total());
    }

    @GetMapping("/api/v1/findings/{id}")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD, Roles.CLEANER,
            Roles.GARDENER, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "getFinding", summary = "One finding with its evidence and its work order")
    @ApiResponse(responseCode = "200", description = "The finding")
    @ApiResponse(responseCode = "404", description = "No such finding in the caller's communities")
    FindingView get(Caller caller, @PathVariable @Size(max = 200) String id) {
        return FindingView.of(visible(caller, id));
    }

    @PostMapping("/api/v1/findings")
    @Allowed(roles = {Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD, Roles.CLEANER,
            Roles.GARDENER, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "reportFinding", summary = "Report a finding by hand",
            description = "Staff of the community report a problem they found (source MANUAL); ticket-service opens "
                    + "a work order for it or adds it to the open one for the same equipment or place and fault type. "
                    + "A retry with the same Idempotency-Key answers the finding recorded the first time (200).")
    @ApiResponse(responseCode = "201", description = "Recorded and published")
    @ApiResponse(responseCode = "200", description = "Recorded before, by a request with this Idempotency-Key")
    @ApiResponse(responseCode = "400", description = "Malformed request or invalid fields")
    @ApiResponse(responseCode = "404", description = "Not one of the caller's communities")
    ResponseEntity<FindingView> report(Caller caller,
                                       @Parameter(description = "A key the client makes per finding, so a retry records it once",
                                               example = "round-7-pump-noise")
                                       @RequestHeader(name = "Idempotency-Key", required = false)
                                       @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey,
                                       @Valid @RequestBody ManualFinding body) {
        caller.requireCommunity(body.communityId());
        String id = "manual:" + (idempotencyKey == null ? UUID.randomUUID()
                : UUID.nameUUIDFromBytes((caller.id() + "\n" + idempotencyKey).getBytes(StandardCharsets.UTF_8)));
        List<Finding> recorded = findings.report(List.of(new Findings.NewFinding(id, body.communityId(),
                FindingSource.MANUAL, Location.of(body.location().kind(), body.location().id()), body.locationName(),
                body.equipmentId(), body.faultType(), body.category(), body.severity(), body.title(), body.detail(),
                caller.id(), body.evidence() == null ? List.of() : body.evidence().stream()
                        .map(e -> new Finding.Evidence(e.kind(), e.label(), e.value())).toList())));
        if (recorded.isEmpty()) {
            return ResponseEntity.ok(FindingView.of(visible(caller, id)));
        }
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/findings/" + id))
                .body(FindingView.of(recorded.getFirst()));
    }

    private Finding visible(Caller caller, String id) {
        return findings.find(id).filter(finding -> caller.inCommunity(finding.communityId()))
                .orElseThrow(() -> new NotFoundException("Finding", id));
    }
}
