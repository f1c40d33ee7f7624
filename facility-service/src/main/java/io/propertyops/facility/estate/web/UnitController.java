package io.propertyops.facility.estate.web;

import io.propertyops.facility.estate.application.Units;
import io.propertyops.facility.estate.domain.Unit;
import io.propertyops.facility.estate.domain.UnitState;
import io.propertyops.facility.estate.domain.UnitType;
import io.propertyops.facility.estate.web.EstateViews.UnitView;
import io.propertyops.starter.web.Caller;
import io.propertyops.starter.web.ExpectedVersion;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * Units (房屋): each change publishes the unit whole ({@code propertyops.facility.unit-changed.v1}), which is how
 * their areas reach billing; a new or renumbered unit publishes its community's structure too.
 */
@RestController
@Validated
@Tag(name = "Units", description = "Units (房屋): number, floor, type, state and areas")
@ApiResponse(responseCode = "400", description = "Malformed id, If-Match or body")
@ApiResponse(responseCode = "404", description = "No such unit (or community), or not one of the caller's")
class UnitController {

    private final Units units;

    UnitController(Units units) {
        this.units = units;
    }

    record UnitBody(@Schema(description = "The building it is in; a change moves it to another building of the community",
                            example = "cdf7d5d0-7fa4-52f3-bf6a-9d4698b78422") @NotBlank @Size(max = 64) String buildingId,
                    @Schema(example = "3-1-101") @NotBlank @Size(max = 40) String number,
                    @Schema(example = "1") @NotNull @Min(-10) @Max(200) Integer floor,
                    @NotNull UnitType type,
                    @NotNull UnitState state,
                    @Schema(description = "建筑面积, m², at most two decimal places", example = "89.50")
                    @NotNull @DecimalMin(value = "0", inclusive = false) @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
                    BigDecimal buildingAreaSqm,
                    @Schema(description = "套内面积, m², at most two decimal places, not above the building area; absent when not known",
                            example = "74.20")
                    @DecimalMin(value = "0", inclusive = false) @DecimalMax("99999.99") @Digits(integer = 5, fraction = 2)
                    BigDecimal interiorAreaSqm) {

        Unit.Details details() {
            return new Unit.Details(number, floor, type, state, buildingAreaSqm, interiorAreaSqm);
        }
    }

    @GetMapping("/api/v1/communities/{communityId}/units")
    @EstateReaders
    @Operation(operationId = "listUnits", summary = "A community's units, by number",
            description = "Optionally of one building, type or state.")
    @ApiResponse(responseCode = "200", description = "The units")
    List<UnitView> list(Caller caller, @PathVariable @Size(max = 64) String communityId,
                        @RequestParam(required = false) @Size(max = 64) String buildingId,
                        @RequestParam(required = false) UnitType type,
                        @RequestParam(required = false) UnitState state) {
        return units.inCommunity(caller, communityId).stream()
                .filter(unit -> buildingId == null || unit.buildingId().equals(buildingId))
                .filter(unit -> type == null || unit.type() == type)
                .filter(unit -> state == null || unit.state() == state)
                .map(UnitView::of).toList();
    }

    @PostMapping("/api/v1/communities/{communityId}/units")
    @EstateEditors
    @Operation(operationId = "createUnit", summary = "Add a unit to a building",
            description = "Its number is unique in the building. Publishes the unit and the community's structure.")
    @ApiResponse(responseCode = "201", description = "Created; the ETag is its version")
    @ApiResponse(responseCode = "200", description = "Created already, by a retry with the same Idempotency-Key")
    @ApiResponse(responseCode = "409", description = "The building has a unit of that number (code duplicate-unit)")
    @ApiResponse(responseCode = "422", description = "No such building (unknown-building), or an area rule is broken "
            + "(invalid-area: the interior area above the building area)")
    ResponseEntity<UnitView> create(Caller caller, @PathVariable @Size(max = 64) String communityId,
                                    @Valid @RequestBody UnitBody body,
                                    @Parameter(description = EstateController.IDEMPOTENCY)
                                    @RequestHeader(name = "Idempotency-Key", required = false)
                                    @Size(max = 100) @Pattern(regexp = EstateController.ID) String idempotencyKey) {
        var created = units.create(caller, communityId, body.buildingId(), body.details(), idempotencyKey);
        Unit unit = created.unit();
        return (created.created() ? ResponseEntity.created(URI.create("/api/v1/units/" + unit.id())) : ResponseEntity.ok())
                .eTag(Long.toString(unit.version())).body(UnitView.of(unit));
    }

    @GetMapping("/api/v1/units/{unitId}")
    @EstateReaders
    @Operation(operationId = "getUnit", summary = "A unit of one of the caller's communities")
    @ApiResponse(responseCode = "200", description = "The unit; the ETag is its version")
    ResponseEntity<UnitView> get(Caller caller, @PathVariable @Size(max = 64) String unitId) {
        Unit unit = units.get(caller, unitId);
        return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(UnitView.of(unit));
    }

    @PutMapping("/api/v1/units/{unitId}")
    @EstateEditors
    @Operation(operationId = "updateUnit", summary = "Change a unit's building, number, floor, type, state or areas",
            description = "On the version the caller read (If-Match). Publishes the unit whole; a new number or "
                    + "building publishes the community's structure too.")
    @ApiResponse(responseCode = "200", description = "The unit as changed; the ETag is its new version")
    @ApiResponse(responseCode = "409", description = "Another unit of the building has that number (code duplicate-unit)")
    @ApiResponse(responseCode = "412", description = "If-Match names an older version")
    @ApiResponse(responseCode = "422", description = "An area rule is broken (invalid-area), no such building "
            + "(unknown-building), or If-Match is not an ETag this API gave")
    ResponseEntity<UnitView> update(Caller caller, @PathVariable @Size(max = 64) String unitId, ExpectedVersion expected,
                                    @Valid @RequestBody UnitBody body) {
        Unit unit = units.update(caller, unitId, expected.orNull(), body.buildingId(), body.details());
        return ResponseEntity.ok().eTag(Long.toString(unit.version())).body(UnitView.of(unit));
    }
}
