package io.propertyops.facility.certificate.web;

import io.propertyops.facility.certificate.application.Certificates;
import io.propertyops.facility.certificate.domain.Attachment;
import io.propertyops.facility.certificate.domain.Certificate;
import io.propertyops.facility.certificate.domain.CertificateKind;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

@RestController
@Validated
@Tag(name = "Certificates", description = "Statutory certificates of equipment (电梯年检, 消防检测, 压力容器, 防雷检测) "
        + "and their scanned documents")
@ApiResponse(responseCode = "400", description = "A parameter or field is missing, malformed or out of range")
@ApiResponse(responseCode = "404", description = "No such equipment, certificate or document among the caller's "
        + "communities")
class CertificateController {

    private final Certificates certificates;

    CertificateController(Certificates certificates) {
        this.certificates = certificates;
    }

    @Schema(description = "A statutory certificate as printed")
    record NewCertificate(@NotNull CertificateKind kind,
                          @Schema(example = "TSX-2025-330106-0815") @NotBlank @Size(max = 60) String number,
                          @Schema(example = "杭州市特种设备检测研究院") @Size(max = 120) String issuer,
                          @Schema(example = "2025-12-20") @NotNull LocalDate issuedOn,
                          @Schema(description = "The last day it is valid", example = "2026-12-31") @NotNull LocalDate expiresOn) {
    }

    record DocumentView(@Schema(example = "3f1c2a9e-5b7d-4c1e-9a0f-6d2b8e4c7a10") String id,
                        @Schema(example = "2026电梯年检合格证.pdf") String fileName,
                        @Schema(example = "application/pdf") String contentType,
                        @Schema(description = "bytes", example = "482133") long size,
                        @Schema(example = "supervisor-0003") String uploadedBy,
                        Instant uploadedAt) {

        static DocumentView of(Attachment a) {
            return new DocumentView(a.id(), a.fileName(), a.contentType(), a.size(), a.uploadedBy(), a.uploadedAt());
        }
    }

    /**
     * A certificate as the API shows it.
     *
     * @param status VALID, EXPIRING (within 30 days), EXPIRED, or SUPERSEDED by a newer one of its kind
     */
    record CertificateView(@Schema(example = "6f1e2d3c-0000-4000-8000-000000000001_9a8b7c6d") String id,
                           @Schema(example = "6f1e2d3c-0000-4000-8000-000000000001") String equipmentId,
                           @Schema(example = "community-cuihu") String communityId,
                           @Schema(example = "LIFT-03-A") String equipmentCode,
                           @Schema(example = "3号楼 A 梯") String equipmentName,
                           CertificateKind kind,
                           @Schema(example = "TSX-2025-330106-0815") String number,
                           @Schema(example = "杭州市特种设备检测研究院") String issuer,
                           @Schema(example = "2025-12-20") LocalDate issuedOn,
                           @Schema(example = "2026-12-31") LocalDate expiresOn,
                           @Schema(allowableValues = {"VALID", "EXPIRING", "EXPIRED", "SUPERSEDED"}, example = "VALID")
                           String status,
                           @Schema(description = "Reminders sent, in days before expiry", example = "[30]")
                           List<Integer> remindersSent,
                           @Schema(description = "The newer certificate of its kind, if any",
                                   example = "6f1e2d3c-0000-4000-8000-000000000001_1b2c3d4e") String supersededBy,
                           List<DocumentView> documents,
                           @Schema(example = "supervisor-0003") String recordedBy,
                           Instant recordedAt) {

        static CertificateView of(Certificate c, LocalDate today) {
            String status = c.supersededBy() != null ? "SUPERSEDED" : c.expiresOn().isBefore(today) ? "EXPIRED"
                    : c.expiresOn().isBefore(today.plusDays(31)) ? "EXPIRING" : "VALID";
            return new CertificateView(c.id(), c.equipmentId(), c.communityId(), c.equipmentCode(), c.equipmentName(),
                    c.kind(), c.number(), c.issuer(), c.issuedOn(), c.expiresOn(), status, c.remindersSent(),
                    c.supersededBy(), c.documents().stream().map(DocumentView::of).toList(), c.recordedBy(), c.recordedAt());
        }
    }

    record EquipmentCertificates(@Schema(example = "6f1e2d3c-0000-4000-8000-000000000001") String equipmentId,
                                 List<CertificateView> items) {
    }

    record CommunityCertificates(@Schema(example = "community-cuihu") String communityId,
                                 @Schema(example = "30") Integer expiringWithinDays,
                                 List<CertificateView> items) {
    }

    @PostMapping("/api/v1/equipment/{id}/certificates")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "recordCertificate", summary = "Record a statutory certificate of a piece of equipment",
            description = "Supervisors, property managers and administrators of its community. The latest certificate "
                    + "of each kind is watched: CertificateExpiring is published 30 and 7 days before its expiry date, "
                    + "and CertificateExpired the day after it, when the equipment is held out of service. Recording a "
                    + "newer one supersedes the older ones of its kind and lifts that hold; an older one is kept as "
                    + "history, superseded at once. Scans are added with uploadCertificateDocument. A retry with the "
                    + "same Idempotency-Key answers the certificate recorded the first time (200).")
    @ApiResponse(responseCode = "201", description = "Recorded")
    @ApiResponse(responseCode = "200", description = "Recorded already by an earlier request with this Idempotency-Key")
    @ApiResponse(responseCode = "422", description = "It expires before it was issued (expires-before-issued)")
    ResponseEntity<CertificateView> record(Caller caller, @PathVariable @Size(max = 64) String id,
                                           @Valid @RequestBody NewCertificate body,
                                           @Parameter(description = "Client-chosen key that makes retries safe")
                                           @RequestHeader(name = "Idempotency-Key", required = false)
                                           @Size(max = 100) @Pattern(regexp = "[A-Za-z0-9._:-]+") String idempotencyKey) {
        Certificates.Recorded recorded = certificates.record(caller, id, new Certificates.NewCertificate(body.kind(),
                body.number().strip(), body.issuer(), body.issuedOn(), body.expiresOn()), idempotencyKey);
        CertificateView view = CertificateView.of(recorded.certificate(), certificates.today());
        return recorded.created() ? ResponseEntity.created(URI.create("/api/v1/certificates/" + view.id())).body(view)
                : ResponseEntity.ok(view);
    }

    @GetMapping("/api/v1/equipment/{id}/certificates")
    @StaffAccess
    @Operation(operationId = "listEquipmentCertificates", summary = "A piece of equipment's certificates, the latest "
            + "expiry first, superseded ones included")
    @ApiResponse(responseCode = "200", description = "Its certificates, possibly none")
    EquipmentCertificates ofEquipment(Caller caller, @PathVariable @Size(max = 64) String id) {
        var today = certificates.today();
        return new EquipmentCertificates(id, certificates.ofEquipment(caller, id).stream()
                .map(c -> CertificateView.of(c, today)).toList());
    }

    @GetMapping("/api/v1/certificates")
    @StaffAccess
    @Operation(operationId = "listCertificates", summary = "A community's current certificates, the earliest expiry first",
            description = "Superseded certificates are left out. With expiringWithinDays, only those expiring within so "
                    + "many days from today, and those expired already.")
    @ApiResponse(responseCode = "200", description = "The certificates, possibly none")
    CommunityCertificates inCommunity(Caller caller,
                                      @Parameter(example = "community-cuihu") @RequestParam @NotBlank @Size(max = 64) String communityId,
                                      @Parameter(example = "30") @RequestParam(required = false) @Min(0) @Max(3650)
                                      Integer expiringWithinDays) {
        var today = certificates.today();
        return new CommunityCertificates(communityId, expiringWithinDays, certificates.inCommunity(caller, communityId,
                expiringWithinDays).stream().map(c -> CertificateView.of(c, today)).toList());
    }

    @GetMapping("/api/v1/certificates/{id}")
    @StaffAccess
    @Operation(operationId = "getCertificate", summary = "One certificate with its documents")
    @ApiResponse(responseCode = "200", description = "The certificate")
    CertificateView get(Caller caller, @PathVariable @Size(max = 120) String id) {
        return CertificateView.of(certificates.get(caller, id), certificates.today());
    }

    @PostMapping(value = "/api/v1/certificates/{id}/documents")
    @Allowed(roles = {Roles.SUPERVISOR, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "uploadCertificateDocument", summary = "Add a scanned document to a certificate",
            description = "multipart/form-data with the part 'file': a PDF or a JPEG (its first bytes must show which), "
                    + "at most 10 MB, at most 10 per certificate.",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true, content = @Content(
                    mediaType = MediaType.MULTIPART_FORM_DATA_VALUE,
                    schema = @Schema(type = "object", requiredProperties = {"file"}),
                    schemaProperties = @SchemaProperty(name = "file", schema = @Schema(type = "string", format = "binary",
                            description = "The scan: application/pdf or image/jpeg")))))
    @ApiResponse(responseCode = "201", description = "Stored; Location names the document to download")
    @ApiResponse(responseCode = "409", description = "The certificate has its 10 documents (document-limit-reached)")
    @ApiResponse(responseCode = "413", description = "Larger than 10 MB; nothing is stored")
    @ApiResponse(responseCode = "415", description = "Not a PDF or JPEG, or not multipart; nothing is stored")
    @ApiResponse(responseCode = "422", description = "No part 'file' (file-required)")
    ResponseEntity<DocumentView> upload(Caller caller, @PathVariable @Size(max = 120) String id,
                                        @Parameter(hidden = true)
                                        @RequestParam(name = "file", required = false) MultipartFile file) throws IOException {
        Attachment document;
        try (InputStream content = file == null ? null : file.getInputStream()) {
            document = certificates.upload(caller, id, file == null ? null : file.getOriginalFilename(),
                    file == null ? null : file.getContentType(), file == null ? 0 : file.getSize(), content);
        }
        return ResponseEntity.created(URI.create("/api/v1/certificates/" + id + "/documents/" + document.id()))
                .body(DocumentView.of(document));
    }

    @GetMapping("/api/v1/certificates/{id}/documents/{docId}")
    @StaffAccess
    @Operation(operationId = "downloadCertificateDocument", summary = "The bytes of a certificate's scanned document")
    @ApiResponse(responseCode = "200", description = "The PDF or JPEG; private to the caller's cache", content = {
            @Content(mediaType = "application/pdf", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary"))})
    ResponseEntity<InputStreamResource> download(Caller caller, @PathVariable @Size(max = 120) String id,
                                                 @PathVariable @Size(max = 64) String docId) throws IOException {
        Certificates.Content content = certificates.open(caller, id, docId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.document().contentType()))
                .contentLength(content.document().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
                        .filename(content.document().fileName(), StandardCharsets.UTF_8).build().toString())
                .cacheControl(CacheControl.empty().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.bytes()));
    }
}
