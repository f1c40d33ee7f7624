package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.application.Locations;
import io.propertyops.facility.estate.domain.EstateLocation;
import io.propertyops.facility.shared.domain.LocationKind;
import io.propertyops.starter.security.Allowed;
import io.propertyops.starter.security.Roles;
import io.propertyops.starter.web.Caller;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

@RestController
@Validated
@Tag(name = "Locations", description = "Every place of the estate by its location reference {kind, id}, for pickers")
class LocationController {

    private final Locations locations;

    LocationController(Locations locations) {
        this.locations = locations;
    }

    /**
     * A place: its location reference {@code {kind, id}} as equipment, inspection points, meters, findings and work
     * orders record it, and its name as staff say it.
     */
    record LocationView(LocationKind kind,
                        @Schema(example = "0f4b5a8e-93f0-5d1b-9a57-6a2d6b7e8c11") String id,
                        @Schema(example = "e15d7d7d-4089-5b55-b750-a5f693ec6ab2") String communityId,
                        @Schema(example = "3号楼 水泵房") String name,
                        @Schema(description = "A unit's type, a common area's kind, a parking space's state; null for the others",
                                example = "PUMP_ROOM") String detail) {

        static LocationView of(EstateLocation location) {
            return new LocationView(location.location().kind(), location.location().id(), location.communityId(),
                    location.name(), location.detail());
        }
    }

    @GetMapping("/api/v1/communities/{communityId}/locations")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR,
            Roles.SECURITY_GUARD, Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN})
    @Operation(operationId = "listLocations", summary = "A community's places, flat, for a location picker",
            description = "The community, its buildings, units, common areas, parking areas and spaces, in that order, "
                    + "each with its name as staff say it (3号楼 1-1-101, 3号楼 水泵房, 地下车库 B-012). Of one kind, "
                    + "and whose name contains q (any case), at most limit. Owners and residents get the shared places "
                    + "(community, buildings, common areas, parking areas) and their own units.")
    @ApiResponse(responseCode = "200", description = "The places")
    @ApiResponse(responseCode = "400", description = "An unknown kind, q too long, limit out of range")
    @ApiResponse(responseCode = "404", description = "No such community, or not one of the caller's")
    List<LocationView> list(Caller caller, @PathVariable @Size(max = 64) String communityId,
                            @Parameter(description = "Only places of this kind") @RequestParam(required = false) LocationKind kind,
                            @Parameter(description = "Only places whose name contains this", example = "水泵")
                            @RequestParam(required = false) @Size(max = 40) String q,
                            @RequestParam(defaultValue = "200") @Min(1) @Max(2000) int limit) {
        return locations.search(caller, communityId, kind, q, limit).stream().map(LocationView::of).toList();
    }
}
