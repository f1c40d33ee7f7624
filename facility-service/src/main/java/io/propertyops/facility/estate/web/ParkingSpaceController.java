package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.application.Parking;
import io.propertyops.facility.estate.domain.ParkingSpace;
import io.propertyops.facility.estate.domain.ParkingSpaceState;
import io.propertyops.facility.estate.web.EstateViews.ParkingSpaceView;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

@RestController
@Validated
@Tag(name = "Parking spaces", description = "Parking spaces (车位): free, let or sold, and the unit a space goes with")
@ApiResponse(responseCode = "400", description = "Malformed id, If-Match or body")
@ApiResponse(responseCode = "404", description = "No such space (or community, parking area), or not one of the caller's")
class ParkingSpaceController {

    private final Parking parking;

    ParkingSpaceController(Parking parking) {
        this.parking = parking;
    }

    record SpaceBody(@Schema(example = "B-012") @NotBlank @Size(max = 20) String number,
                     @NotNull ParkingSpaceState state,
                     @Schema(description = "The unit whose owner has it; absent when none",
                             example = "68ac8d21-fbad-588a-99b9-6808bb720063") @Size(max = 64) String unitId) {

        ParkingSpace.Details details() {
            return new ParkingSpace.Details(number, state, unitId);
        }
    }

    @GetMapping("/api/v1/communities/{communityId}/parking-areas/{parkingAreaId}/spaces")
    @EstateReaders
    @Operation(operationId = "listParkingSpaces", summary = "The spaces of a parking area, by number")
    @ApiResponse(responseCode = "200", description = "The spaces")
    List<ParkingSpaceView> list(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                @PathVariable @Size(max = 64) String parkingAreaId) {
        return parking.inArea(caller, communityId, parkingAreaId).stream().map(ParkingSpaceView::of).toList();
    }

    @PostMapping("/api/v1/communities/{communityId}/parking-areas/{parkingAreaId}/spaces")
    @EstateEditors
    @Operation(operationId = "createParkingSpace", summary = "Add a space to a parking area",
            description = "Its number is unique in the parking area.")
    @ApiResponse(responseCode = "201", description = "Created; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Created already, by a retry with the same Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "The area has a space of that number (code duplicate-parking-space)")
    @ApiResponse(responseCode = "422", description = "The unit is not one of the community's (code unknown-unit)")
    ResponseEntity<ParkingSpaceView> create(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                            @PathVariable @Size(max = 64) String parkingAreaId,
                                            @Valid @RequestBody SpaceBody body,
                                            @Parameter(description = EstateController.IDEMPOTENCY)
                                            @RequestHeader(name = "Idempotency-Key", required = false)
                                            @Size(max = 100) @Pattern(regexp = EstateController.ID) String idempotencyKey) {
        var created = parking.create(caller, communityId, parkingAreaId, body.details(), idempotencyKey);
        ParkingSpace space = created.space();
        return (created.created() ? ResponseEntity.created(URI.create("/api/v1/parking-spaces/" + space.id()))
                : ResponseEntity.ok()).eTag(Long.toString(space.version())).body(ParkingSpaceView.of(space));
    }

    @GetMapping("/api/v1/parking-spaces/{spaceId}")
    @EstateReaders
    @Operation(operationId = "getParkingSpace", summary = "A parking space of one of the caller's communities")
    @ApiResponse(responseCode = "200", description = "The space; the ETag is its version")
    ResponseEntity<ParkingSpaceView> get(Caller caller, @PathVariable @Size(max = 64) String spaceId) {
        ParkingSpace space = parking.get(caller, spaceId);
        return ResponseEntity.ok().eTag(Long.toString(space.version())).body(ParkingSpaceView.of(space));
    }

    @PutMapping("/api/v1/parking-spaces/{spaceId}")
    @EstateEditors
    @Operation(operationId = "updateParkingSpace", summary = "Change a space's number, state or unit",
            description = "On the version the caller read (If-Match).")
    @ApiResponse(responseCode = "200", description = "The space as changed; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "Another space of the area has that number (code duplicate-parking-space)")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version")
    @ApiResponse(responseCode = "422", description = "The unit is not one of the community's (unknown-unit), or If-Match is not an ETag this API gave")
    ResponseEntity<ParkingSpaceView> update(Caller caller, @PathVariable @Size(max = 64) String spaceId,
                                            ExpectedVersion expected, @Valid @RequestBody SpaceBody body) {
        ParkingSpace space = parking.update(caller, spaceId, expected.orNull(), body.details());
        return ResponseEntity.ok().eTag(Long.toString(space.version())).body(ParkingSpaceView.of(space));
    }
}
