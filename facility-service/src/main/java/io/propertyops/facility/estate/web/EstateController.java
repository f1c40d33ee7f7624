package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.application.EstateStructure;
import io.propertyops.facility.estate.domain.CommonAreaKind;
import io.propertyops.facility.estate.domain.Community;
import io.propertyops.facility.estate.web.EstateViews.BuildingView;
import io.propertyops.facility.estate.web.EstateViews.CommonAreaView;
import io.propertyops.facility.estate.web.EstateViews.CommunityView;
import io.propertyops.facility.estate.web.EstateViews.ParkingAreaView;
import io.propertyops.starter.domain.NotFoundException;
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
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Communities (小区) and what their documents hold: buildings (楼栋), common areas (公共区域) and parking areas
 * (停车场). Every change publishes the community's structure; buildings, common areas and parking areas are edited on
 * the community's version (If-Match), which every view of them carries.
 */
@RestController
@Validated
@Tag(name = "Estate", description = "Communities, buildings, common areas and parking areas")
@ApiResponse(responseCode = "400", description = "Malformed id, If-Match or body")
@ApiResponse(responseCode = "404", description = "No such community (or building, area), or not one of the caller's")
class EstateController {

    static final String ID = "[A-Za-z0-9._:-]+";
    static final String IDEMPOTENCY = "Client-chosen key that makes retries safe: a retry answers what the first made";

    private final EstateStructure estate;

    EstateController(EstateStructure estate) {
        this.estate = estate;
    }

    record CommunityBody(@Schema(example = "翠湖花园") @NotBlank @Size(max = 60) String name,
                         @Schema(example = "杭州市") @Size(max = 40) String city,
                         @Schema(example = "西湖区") @Size(max = 40) String district,
                         @Schema(example = "文一西路 588 号") @Size(max = 200) String address) {

        Community.Details details() {
            return new Community.Details(name, city, district, address);
        }
    }

    record NewCommunity(@Schema(description = "The id to give it, when security-service grants staff access by an id "
                                + "chosen beforehand; a new one when absent", example = "community-cuihu")
                        @Size(max = 64) @Pattern(regexp = ID) String id,
                        @Schema(example = "翠湖花园") @NotBlank @Size(max = 60) String name,
                        @Schema(example = "杭州市") @Size(max = 40) String city,
                        @Schema(example = "西湖区") @Size(max = 40) String district,
                        @Schema(example = "文一西路 588 号") @Size(max = 200) String address) {
    }

    record BuildingBody(@Schema(example = "3号楼") @NotBlank @Size(max = 40) String name,
                        @Schema(example = "18") @NotNull @Min(1) @Max(200) Integer floors) {
    }

    record CommonAreaBody(@Schema(example = "水泵房") @NotBlank @Size(max = 60) String name,
                          @NotNull CommonAreaKind kind,
                          @Schema(description = "The building it is in; absent for one of the grounds",
                                  example = "cdf7d5d0-7fa4-52f3-bf6a-9d4698b78422")
                          @Size(max = 64) String buildingId) {
    }

    record ParkingAreaBody(@Schema(example = "地下车库 B1") @NotBlank @Size(max = 60) String name) {
    }

    @GetMapping("/api/v1/communities")
    @Allowed(roles = {Roles.OWNER, Roles.RESIDENT, Roles.CUSTOMER_SERVICE, Roles.TECHNICIAN, Roles.SUPERVISOR, Roles.SECURITY_GUARD,
            Roles.CLEANER, Roles.GARDENER, Roles.FINANCE, Roles.PROPERTY_MANAGER, Roles.ADMIN, Roles.INTEGRATION})
    @Operation(operationId = "listCommunities", summary = "The communities the caller works in or lives in",
            description = "Each with its buildings (and their unit ids), common areas and parking areas.")
    @ApiResponse(responseCode = "200", description = "The communities, by name")
    List<CommunityView> communities(Caller caller) {
        return estate.communities(caller.communityIds()).stream().map(CommunityView::of).toList();
    }

    @PostMapping("/api/v1/communities")
    @Allowed(roles = Roles.ADMIN)
    @Operation(operationId = "registerCommunity", summary = "Register a community (小区)",
            description = "Administrators only. The community starts empty; its staff (those whose token names it) add "
                    + "buildings, units and areas, or import its unit list. Publishes its structure, version 1.")
    @ApiResponse(responseCode = "201", description = "Registered; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Registered already, by a retry with the same id or Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "Another community has this id (code duplicate-community)")
    ResponseEntity<CommunityView> register(Caller caller, @Valid @RequestBody NewCommunity body,
                                           @Parameter(description = IDEMPOTENCY)
                                           @RequestHeader(name = "Idempotency-Key", required = false)
                                           @Size(max = 100) @Pattern(regexp = ID) String idempotencyKey) {
        var registered = estate.register(caller, body.id(),
                new Community.Details(body.name(), body.city(), body.district(), body.address()), idempotencyKey);
        Community community = registered.community();
        return (registered.created() ? ResponseEntity.created(URI.create("/api/v1/communities/" + community.id()))
                : ResponseEntity.ok()).eTag(Long.toString(community.version())).body(CommunityView.of(community));
    }

    @GetMapping("/api/v1/communities/{communityId}")
    @EstateReaders
    @Operation(operationId = "getCommunity", summary = "A community with its buildings, common areas and parking areas")
    @ApiResponse(responseCode = "200", description = "The community; the ETag is its version")
    ResponseEntity<CommunityView> community(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        Community community = estate.community(caller, communityId);
        return ResponseEntity.ok().eTag(Long.toString(community.version())).body(CommunityView.of(community));
    }

    @PutMapping("/api/v1/communities/{communityId}")
    @EstateEditors
    @Operation(operationId = "updateCommunity", summary = "Change a community's name and address",
            description = "On the version the caller read (If-Match). A change of name publishes the structure.")
    @ApiResponse(responseCode = "200", description = "The community as changed; the ETag is its new version")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version")
    @ApiResponse(responseCode = "422", description = "If-Match is not an ETag this API gave")
    ResponseEntity<CommunityView> update(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                         ExpectedVersion expected, @Valid @RequestBody CommunityBody body) {
        Community community = estate.update(caller, communityId, expected.orNull(), body.details());
        return ResponseEntity.ok().eTag(Long.toString(community.version())).body(CommunityView.of(community));
    }

    @PostMapping("/api/v1/communities/{communityId}/buildings")
    @EstateEditors
    @Operation(operationId = "addBuilding", summary = "Add a building (楼栋) to a community",
            description = "Its name is unique in the community: unit lists name buildings by it.")
    @ApiResponse(responseCode = "201", description = "Added; the ETag is the community's new version")
    @ApiResponse(responseCode = "200", description = "Added already, by a retry with the same Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "The community has a building of that name (code duplicate-building)")
    ResponseEntity<BuildingView> addBuilding(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                             @Valid @RequestBody BuildingBody body,
                                             @Parameter(description = IDEMPOTENCY)
                                             @RequestHeader(name = "Idempotency-Key", required = false)
                                             @Size(max = 100) @Pattern(regexp = ID) String idempotencyKey) {
        var placed = estate.addBuilding(caller, communityId, body.name(), body.floors(), idempotencyKey);
        return created(placed, "/buildings/", BuildingView::of, Community.Building::id);
    }

    @GetMapping("/api/v1/communities/{communityId}/buildings/{buildingId}")
    @EstateReaders
    @Operation(operationId = "getBuilding", summary = "A building of a community, with its unit ids")
    @ApiResponse(responseCode = "200", description = "The building; the ETag is the community's version")
    ResponseEntity<BuildingView> building(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                          @PathVariable @Size(max = 64) String buildingId) {
        Community community = estate.community(caller, communityId);
        return answer(community, BuildingView.of(community, community.requireBuilding(buildingId)));
    }

    @PutMapping("/api/v1/communities/{communityId}/buildings/{buildingId}")
    @EstateEditors
    @Operation(operationId = "updateBuilding", summary = "Rename a building or change its number of floors",
            description = "On the community's version the caller read (If-Match).")
    @ApiResponse(responseCode = "200", description = "The building as changed; the ETag is the community's new version")
    @ApiResponse(responseCode = "409", description = "Another building has that name (code duplicate-building)")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version of the community")
    @ApiResponse(responseCode = "422", description = "If-Match is not an ETag this API gave")
    ResponseEntity<BuildingView> updateBuilding(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                                @PathVariable @Size(max = 64) String buildingId,
                                                ExpectedVersion expected, @Valid @RequestBody BuildingBody body) {
        var placed = estate.updateBuilding(caller, communityId, buildingId, expected.orNull(), body.name(), body.floors());
        return answer(placed.community(), BuildingView.of(placed.community(), placed.item()));
    }

    @GetMapping("/api/v1/communities/{communityId}/common-areas")
    @EstateReaders
    @Operation(operationId = "listCommonAreas", summary = "A community's common areas (公共区域)")
    @ApiResponse(responseCode = "200", description = "The common areas")
    List<CommonAreaView> commonAreas(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        Community community = estate.community(caller, communityId);
        return community.commonAreas().stream().map(area -> CommonAreaView.of(community, area)).toList();
    }

    @PostMapping("/api/v1/communities/{communityId}/common-areas")
    @EstateEditors
    @Operation(operationId = "addCommonArea", summary = "Add a common area: a lobby, a lift car, a pump room…")
    @ApiResponse(responseCode = "201", description = "Added; the ETag is the community's new version")
    @ApiResponse(responseCode = "200", description = "Added already, by a retry with the same Idempotency-Key")
    @ApiResponse(responseCode = "422", description = "The community has no such building (code unknown-building)")
    ResponseEntity<CommonAreaView> addCommonArea(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                                 @Valid @RequestBody CommonAreaBody body,
                                                 @Parameter(description = IDEMPOTENCY)
                                                 @RequestHeader(name = "Idempotency-Key", required = false)
                                                 @Size(max = 100) @Pattern(regexp = ID) String idempotencyKey) {
        var placed = estate.addCommonArea(caller, communityId, body.name(), body.kind(), blankToNull(body.buildingId()),
                idempotencyKey);
        return created(placed, "/common-areas/", CommonAreaView::of, Community.CommonArea::id);
    }

    @GetMapping("/api/v1/communities/{communityId}/common-areas/{commonAreaId}")
    @EstateReaders
    @Operation(operationId = "getCommonArea", summary = "A common area of a community")
    @ApiResponse(responseCode = "200", description = "The common area; the ETag is the community's version")
    ResponseEntity<CommonAreaView> commonArea(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                              @PathVariable @Size(max = 64) String commonAreaId) {
        Community community = estate.community(caller, communityId);
        return answer(community, CommonAreaView.of(community, community.commonArea(commonAreaId)
                .orElseThrow(() -> new NotFoundException("Common area", commonAreaId))));
    }

    @PutMapping("/api/v1/communities/{communityId}/common-areas/{commonAreaId}")
    @EstateEditors
    @Operation(operationId = "updateCommonArea", summary = "Change a common area's name, kind or building",
            description = "On the community's version the caller read (If-Match).")
    @ApiResponse(responseCode = "200", description = "The common area as changed; the ETag is the community's new version")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version of the community")
    @ApiResponse(responseCode = "422", description = "No such building (unknown-building), or If-Match is not an ETag this API gave")
    ResponseEntity<CommonAreaView> updateCommonArea(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                                    @PathVariable @Size(max = 64) String commonAreaId,
                                                    ExpectedVersion expected, @Valid @RequestBody CommonAreaBody body) {
        var placed = estate.updateCommonArea(caller, communityId, commonAreaId, expected.orNull(), body.name(),
                body.kind(), blankToNull(body.buildingId()));
        return answer(placed.community(), CommonAreaView.of(placed.community(), placed.item()));
    }

    @GetMapping("/api/v1/communities/{communityId}/parking-areas")
    @EstateReaders
    @Operation(operationId = "listParkingAreas", summary = "A community's parking areas (停车场)")
    @ApiResponse(responseCode = "200", description = "The parking areas")
    List<ParkingAreaView> parkingAreas(Caller caller, @PathVariable @Size(max = 64) String communityId) {
        Community community = estate.community(caller, communityId);
        return community.parkingAreas().stream().map(area -> ParkingAreaView.of(community, area)).toList();
    }

    @PostMapping("/api/v1/communities/{communityId}/parking-areas")
    @EstateEditors
    @Operation(operationId = "addParkingArea", summary = "Add a parking area: a garage level, a surface lot")
    @ApiResponse(responseCode = "201", description = "Added; the ETag is the community's new version")
    @ApiResponse(responseCode = "200", description = "Added already, by a retry with the same Idempotency-Key")
    ResponseEntity<ParkingAreaView> addParkingArea(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                                   @Valid @RequestBody ParkingAreaBody body,
                                                   @Parameter(description = IDEMPOTENCY)
                                                   @RequestHeader(name = "Idempotency-Key", required = false)
                                                   @Size(max = 100) @Pattern(regexp = ID) String idempotencyKey) {
        var placed = estate.addParkingArea(caller, communityId, body.name(), idempotencyKey);
        return created(placed, "/parking-areas/", ParkingAreaView::of, Community.ParkingArea::id);
    }

    @GetMapping("/api/v1/communities/{communityId}/parking-areas/{parkingAreaId}")
    @EstateReaders
    @Operation(operationId = "getParkingArea", summary = "A parking area of a community")
    @ApiResponse(responseCode = "200", description = "The parking area; the ETag is the community's version")
    ResponseEntity<ParkingAreaView> parkingArea(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                                @PathVariable @Size(max = 64) String parkingAreaId) {
        Community community = estate.community(caller, communityId);
        return answer(community, ParkingAreaView.of(community, community.parkingArea(parkingAreaId)
                .orElseThrow(() -> new NotFoundException("Parking area", parkingAreaId))));
    }

    @PutMapping("/api/v1/communities/{communityId}/parking-areas/{parkingAreaId}")
    @EstateEditors
    @Operation(operationId = "updateParkingArea", summary = "Rename a parking area",
            description = "On the community's version the caller read (If-Match).")
    @ApiResponse(responseCode = "200", description = "The parking area as changed; the ETag is the community's new version")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version of the community")
    @ApiResponse(responseCode = "422", description = "If-Match is not an ETag this API gave")
    ResponseEntity<ParkingAreaView> updateParkingArea(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                                      @PathVariable @Size(max = 64) String parkingAreaId,
                                                      ExpectedVersion expected, @Valid @RequestBody ParkingAreaBody body) {
        var placed = estate.updateParkingArea(caller, communityId, parkingAreaId, expected.orNull(), body.name());
        return answer(placed.community(), ParkingAreaView.of(placed.community(), placed.item()));
    }

    private static <T, V> ResponseEntity<V> created(EstateStructure.Placed<T> placed, String path,
                                                    BiFunction<Community, T, V> view, Function<T, String> idOf) {
        Community community = placed.community();
        V body = view.apply(community, placed.item());
        if (!placed.created()) {
            return answer(community, body);
        }
        String id = idOf.apply(placed.item());
        return ResponseEntity.created(URI.create("/api/v1/communities/" + community.id() + path + id))
                .eTag(Long.toString(community.version())).body(body);
    }

    private static <V> ResponseEntity<V> answer(Community community, V body) {
        return ResponseEntity.ok().eTag(Long.toString(community.version())).body(body);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
