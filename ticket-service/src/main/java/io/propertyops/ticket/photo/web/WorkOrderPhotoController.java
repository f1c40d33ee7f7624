package io.propertyops.ticket.photo.web;

import io.propertyops.ticket.photo.domain.Photo;
import io.propertyops.ticket.photo.application.WorkOrderPhotos;

import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.propertyops.ticket.workorder.application.TicketScopes;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.parameters.RequestBody;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.constraints.Size;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.List;

/**
 * Photos go up as the raw request body with their own Content-Type, one per request: the mobile app sends the
 * file as it is, and the service streams it into GridFS without a multipart parser or a temporary file.
 */
@RestController
@Validated
@Tag(name = "Work-order photos", description = "Photos of a repair or complaint, seen only by those who may see the work order")
class WorkOrderPhotoController {

    private static final String IMAGE_TYPES = "image/jpeg, image/png, image/webp or image/heic";

    private final WorkOrderPhotos photos;

    WorkOrderPhotoController(WorkOrderPhotos photos) {
        this.photos = photos;
    }

    record PhotoView(@Schema(example = "3f1c2a9e-5b7d-4c1e-9a0f-6d2b8e4c7a10") String id,
                     @Schema(example = "image/jpeg") String contentType,
                     @Schema(description = "bytes", example = "2481532") long size,
                     @Schema(example = "owner-1502") String uploadedBy,
                     Instant uploadedAt) {

        static PhotoView of(Photo photo) {
            return new PhotoView(photo.id(), photo.contentType(), photo.size(), photo.uploadedBy(), photo.uploadedAt());
        }
    }

    record PhotoList(@Schema(example = "7c9e6679-7425-40de-944b-e07fc1f90ae7") String workOrderId,
                     List<PhotoView> items) {
    }

    @PostMapping("/api/v1/tickets/{id}/photos")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.TECHNICIAN, Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "uploadWorkOrderPhoto", summary = "Add a photo to a work order",
            description = "The body is the image itself, one per request, with Content-Type " + IMAGE_TYPES
                    + "; its first bytes must show that format. At most 10 MB each and 9 per work order. The "
                    + "reporter, the technician it is dispatched to and the community's staff may add photos.",
            requestBody = @RequestBody(required = true, content = {
                    @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
                    @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary"))}))
    @ApiResponse(responseCode = "201", description = "Stored; Location names the photo")
    @ApiResponse(responseCode = "404", description = "No such work order, or not one the caller may see")
    @ApiResponse(responseCode = "409", description = "The work order has its 9 photos (code photo-limit-reached)")
    @ApiResponse(responseCode = "413", description = "Larger than 10 MB; nothing is stored")
    @ApiResponse(responseCode = "415", description = "Not a JPEG, PNG, WebP or HEIC image; nothing is stored")
    ResponseEntity<PhotoView> upload(Caller caller, @PathVariable @Size(max = 64) String id, HttpServletRequest request)
            throws IOException {
        Photo photo = photos.upload(caller, id, request.getContentType(), request.getContentLengthLong(),
                request.getInputStream());
        return ResponseEntity.created(URI.create("/api/v1/tickets/" + id + "/photos/" + photo.id())).body(PhotoView.of(photo));
    }

    @GetMapping("/api/v1/tickets/{id}/photos")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.TECHNICIAN, Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN}, scopes = TicketScopes.READ)
    @Operation(operationId = "listWorkOrderPhotos", summary = "The photos of a work order, in the order they were added")
    @ApiResponse(responseCode = "200", description = "The photos, possibly none")
    @ApiResponse(responseCode = "404", description = "No such work order, or not one the caller may see")
    PhotoList list(Caller caller, @PathVariable @Size(max = 64) String id) {
        return new PhotoList(id, photos.list(caller, id).stream().map(PhotoView::of).toList());
    }

    @GetMapping("/api/v1/tickets/{id}/photos/{photoId}")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.TECHNICIAN, Roles.CUSTOMER_SERVICE, Roles.SUPERVISOR,
            Roles.PROPERTY_MANAGER, Roles.ADMIN}, scopes = TicketScopes.READ)
    @Operation(operationId = "getWorkOrderPhoto", summary = "The bytes of one photo, with its format as Content-Type")
    @ApiResponse(responseCode = "200", description = "The image; private to the caller's cache", content = {
            @Content(mediaType = "image/jpeg", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/webp", schema = @Schema(type = "string", format = "binary")),
            @Content(mediaType = "image/heic", schema = @Schema(type = "string", format = "binary"))})
    @ApiResponse(responseCode = "404", description = "No such photo of this work order, or not one the caller may see")
    ResponseEntity<InputStreamResource> download(Caller caller, @PathVariable @Size(max = 64) String id,
                                                 @PathVariable @Size(max = 64) String photoId) throws IOException {
        WorkOrderPhotos.Content content = photos.open(caller, id, photoId);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(content.photo().contentType()))
                .contentLength(content.photo().size())
                .cacheControl(CacheControl.empty().cachePrivate())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(content.bytes()));
    }
}
